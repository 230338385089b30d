package org.icosim.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import sim.util.Properties;

/**
 * An agent's inspector rows in a fixed order: each a name with its unit ("Partner FTE",
 * "Balance (£ a year)") and a value read live from the model. Numbers are rounded to three
 * significant figures (whole pounds and patients above a thousand) but stay numbers, so MASON
 * can still chart them from the inspector. Read-only: the map shows the model, it does not
 * change it.
 */
final class MarkerProperties extends Properties {

    private static final long serialVersionUID = 1L;

    private record Row(String name, Class<?> type, Supplier<Object> value) {
    }

    private final transient List<Row> rows = new ArrayList<>();

    MarkerProperties(Object marker) {
        this.object = marker;
    }

    /** A text row. */
    MarkerProperties text(String name, Supplier<String> value) {
        rows.add(new Row(name, String.class, value::get));
        return this;
    }

    /** A count, whole. */
    MarkerProperties count(String name, Supplier<Long> value) {
        rows.add(new Row(name, Long.TYPE, value::get));
        return this;
    }

    /** A number, rounded to three significant figures; {@code unit} is put in brackets after the name. */
    MarkerProperties number(String name, String unit, java.util.function.DoubleSupplier value) {
        String label = unit.isEmpty() ? name : name + " (" + unit + ")";
        rows.add(new Row(label, Double.TYPE, () -> Readable.round3(value.getAsDouble())));
        return this;
    }

    /** Pounds, whole. */
    MarkerProperties money(String name, String unit, java.util.function.DoubleSupplier value) {
        rows.add(new Row(name + " (" + unit + ")", Long.TYPE, () -> {
            double v = value.getAsDouble();
            return Double.isNaN(v) ? 0L : Math.round(v);
        }));
        return this;
    }

    MarkerProperties flag(String name, java.util.function.BooleanSupplier value) {
        rows.add(new Row(name, Boolean.TYPE, value::getAsBoolean));
        return this;
    }

    @Override
    public boolean isVolatile() {
        return false;
    }

    @Override
    public int numProperties() {
        return rows.size();
    }

    @Override
    public Object getValue(int index) {
        return rows.get(index).value().get();
    }

    @Override
    public String getName(int index) {
        return rows.get(index).name();
    }

    @Override
    public boolean isReadWrite(int index) {
        return false;
    }

    @Override
    public Class getType(int index) {
        return rows.get(index).type();
    }

    @Override
    protected Object _setValue(int index, Object value) {
        return getValue(index);
    }
}
