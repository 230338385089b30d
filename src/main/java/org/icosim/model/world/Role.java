package org.icosim.model.world;

/** A GP's role (MODEL.md section 2). Registrars are in training and not fully qualified. */
public enum Role {
    PARTNER, SALARIED, LOCUM, REGISTRAR;

    /** Fully qualified roles are the ones NHS Digital counts as FQ GPs. */
    public boolean fullyQualified() {
        return this != REGISTRAR;
    }
}
