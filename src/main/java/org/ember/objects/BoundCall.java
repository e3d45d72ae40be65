package org.ember.objects;

/**
 * The descriptor behaviour of Python functions (binding to an instance makes a bound method).
 * Kept as one identity so fast paths can recognise "a plain function found on a type" and call
 * it with self prepended instead of allocating a bound method.
 */
public final class BoundCall {
    private BoundCall() {}

    public static final Slots.DescrGet FUNCTION_GET = (f, obj, type) -> obj == null ? f : new PyMethod(f, obj);
}
