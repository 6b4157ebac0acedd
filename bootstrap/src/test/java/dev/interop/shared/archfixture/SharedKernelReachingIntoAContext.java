package dev.interop.shared.archfixture;

import dev.interop.acquirer.domain.partner.PartnerId;

/** Broken on purpose: the shared kernel knowing one context's type. */
public final class SharedKernelReachingIntoAContext {

    public String name(PartnerId id) {
        return id.value();
    }
}
