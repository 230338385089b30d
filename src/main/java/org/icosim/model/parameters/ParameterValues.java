package org.icosim.model.parameters;

/** Read-only access to a set of parameter values: what a decision rule may read of them. */
public interface ParameterValues {

    double get(Parameter p);

    int getInt(Parameter p);

    boolean getBoolean(Parameter p);

    <E extends Enum<E>> E getChoice(Parameter p, Class<E> type);
}
