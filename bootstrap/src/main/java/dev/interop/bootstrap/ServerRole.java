package dev.interop.bootstrap;

import java.util.Locale;

/**
 * What one server process runs ({@code INTEROP_ROLE}): both contexts in one process ({@code all}, the default), the
 * Acquiring Partner's side alone against a Klarna reached over HTTP ({@code acquirer}), or Klarna's sandbox alone
 * ({@code klarna-sandbox}). Paths and fields are the same in every role.
 */
public enum ServerRole {
    ALL("all"),
    ACQUIRER("acquirer"),
    KLARNA_SANDBOX("klarna-sandbox");

    private final String setting;

    ServerRole(String setting) {
        this.setting = setting;
    }

    /** The role named {@code value} as written in {@code INTEROP_ROLE}. */
    public static ServerRole parse(String value) {
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (ServerRole role : values()) {
            if (role.setting.equals(wanted)) {
                return role;
            }
        }
        throw new IllegalArgumentException("INTEROP_ROLE must be all, acquirer or klarna-sandbox, was '" + value + "'");
    }

    public boolean runsAcquirer() {
        return this != KLARNA_SANDBOX;
    }

    public boolean runsKlarna() {
        return this != ACQUIRER;
    }

    public String setting() {
        return setting;
    }
}
