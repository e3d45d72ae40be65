package org.ember.objects;

/**
 * Readies the core builtin types once per process (on first use by a Runtime). The types are
 * declared as static finals of their own classes; this list only fixes the order in which their
 * definitions run. Native modules ready their own types when first imported.
 */
public final class BuiltinTypes {
    private BuiltinTypes() {}

    /** First version tag available to heap types (static types use the range below it). */
    public static final long FIRST_HEAP_VERSION = 1L << 32;

    private static final class Holder {
        static final boolean READY = bootstrap();
    }

    /** Ensures the core builtin types are ready; cheap after the first call. */
    public static void ensureReady() {
        if (!Holder.READY) {
            throw new IllegalStateException("builtin types failed to initialize");
        }
    }

    private static boolean bootstrap() {
        PyType[] core = {
            PyObject.TYPE, PyType.TYPE, PyStr.TYPE, PyDict.TYPE, PyTuple.TYPE, PyList.TYPE, PyInt.TYPE, PyBool.TYPE,
            PyFloat.TYPE, PyComplex.TYPE, PyBytes.TYPE, PyNone.TYPE, PyNotImplemented.TYPE, PyEllipsis.TYPE,
            PySlice.TYPE, PyMethodDescr.TYPE, PyClassMethodDescr.TYPE, PyBuiltinFunction.TYPE, PyWrapperDescr.TYPE,
            PyMethodWrapper.TYPE, PyGetSetDescr.TYPE, PyMemberDescr.TYPE, PyStaticMethod.TYPE, PyClassMethod.TYPE,
            PyProperty.TYPE, PyMappingProxy.TYPE, PyMethod.TYPE, PyCell.TYPE, PyModule.TYPE, PyTraceback.TYPE,
            PySeqIter.TYPE, UnionType.TYPE, GenericAlias.TYPE,
            TupleMethods.TupleIterator.TYPE, ListMethods.ListIterator.TYPE, ListMethods.ListReverseIterator.TYPE,
            StrMethods.StrIterator.TYPE,
            DictViews.View.KEYS_TYPE, DictViews.View.VALUES_TYPE, DictViews.View.ITEMS_TYPE,
            DictViews.DictIterator.KEY_ITER, DictViews.DictIterator.VALUE_ITER, DictViews.DictIterator.ITEM_ITER,
            DictViews.DictIterator.REV_KEY_ITER, DictViews.DictIterator.REV_VALUE_ITER, DictViews.DictIterator.REV_ITEM_ITER,
            // containers and iterators (containers area)
            PySet.TYPE, PyFrozenSet.TYPE, SetMethods.SetIterator.TYPE,
            PyRange.TYPE, PyRange.RangeIterator.TYPE, PyRange.LongRangeIterator.TYPE,
            PyEnumerate.TYPE, PyZip.TYPE, PyMap.TYPE, PyFilter.TYPE, PyReversed.TYPE, PyCallIter.TYPE,
        };
        long[] counter = {1};
        for (PyType t : core) {
            t.ready(counter);
        }
        for (PyType t : PyExc.all()) {
            t.ready(counter);
        }
        for (PyType t : TextTypes.all()) {
            t.ready(counter);
        }
        for (PyType t : org.ember.interp.InterpTypes.all()) {
            t.ready(counter);
        }
        return true;
    }
}
