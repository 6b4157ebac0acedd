package dev.interop.shared.application.system;

import dev.interop.shared.application.port.IdGenerator;
import java.util.UUID;

/** Random (version 4) UUIDs. */
public final class RandomIdGenerator implements IdGenerator {

    @Override
    public String newId() {
        return UUID.randomUUID().toString();
    }
}
