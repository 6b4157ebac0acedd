/** Framework-free implementations of the use cases, wired by hand through their constructors. */
package dev.interop.klarna.application.service;
