package org.ember.modules.ast;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.ember.ast.AstSchema;
import org.ember.ast.Node;
import org.ember.objects.PyStr;

/**
 * The process-wide, immutable description of every class of the {@code _ast} module (CPython's
 * {@code init_types} tables): name, base, role, fields with their ASDL types, attributes, the
 * docstring CPython generates from the ASDL, and how to build the Java record of a class. Built
 * once from {@link AstSchema}; the Python type objects themselves are per interpreter
 * ({@link AstState}).
 */
final class AstKinds {
    private AstKinds() {}

    /** What a class is in the ASDL. */
    enum Role {
        /** {@code AST} itself. */
        ROOT,
        /** A sum type ({@code expr}, {@code stmt}...): abstract base of its constructors. */
        SUM,
        /** A constructor of a sum type ({@code Name}, {@code If}...). */
        CONSTRUCTOR,
        /** A product type ({@code arguments}, {@code arg}, {@code comprehension}...). */
        PRODUCT,
        /** A sum type all of whose constructors are simple ({@code expr_context}, {@code operator}...). */
        ENUM,
        /** A member of such an enumeration ({@code Load}, {@code Add}...), represented by a singleton. */
        ENUM_MEMBER
    }

    /** How a field's value is represented. */
    static final int CAT_NODE = 0;
    static final int CAT_ENUM = 1;
    static final int CAT_IDENTIFIER = 2;
    static final int CAT_STRING = 3;
    static final int CAT_INT = 4;
    static final int CAT_CONSTANT = 5;

    /** One field of a class: ASDL name, type and kind, how to read it from the Java record. */
    static final class FieldDesc {
        final String name;
        final PyStr pyName;
        final String type;
        final AstSchema.Kind kind;
        final int category;
        final Function<Node, Object> getter;
        /** For node and enum fields: the class of the field's ASDL type (a sum, product or enum). */
        Kind target;
        /** The record component is a boxed Integer (an optional int, e.g. ImportFrom.level). */
        boolean boxedInt;

        FieldDesc(AstSchema.Field f) {
            this.name = f.name();
            this.pyName = PyStr.immortal(f.name());
            this.type = f.type();
            this.kind = f.kind();
            this.getter = f.getter();
            this.category = switch (f.type()) {
                case "identifier" -> CAT_IDENTIFIER;
                case "string" -> CAT_STRING;
                case "int" -> CAT_INT;
                case "constant" -> CAT_CONSTANT;
                case "expr_context", "boolop", "operator", "unaryop", "cmpop" -> CAT_ENUM;
                default -> CAT_NODE;
            };
        }

        /** The field as CPython's generated docstrings write it: {@code expr? value}. */
        String docText() {
            String suffix = switch (kind) {
                case OPTIONAL -> "?";
                case SEQUENCE -> "*";
                default -> "";
            };
            return type + suffix + " " + name;
        }
    }

    /** One class of the module. */
    static final class Kind {
        final int index;
        final String name;
        final Role role;
        /** The base class (null for AST). */
        final Kind base;
        /** The Java record class (constructors and products), or null. */
        final Class<? extends Node> javaClass;
        /** The Java enum constant (enum members), or null. */
        final Enum<?> member;
        final FieldDesc[] fields;
        /** _attributes of sums and products (empty for the rest). */
        final List<String> attributes;
        /** Instances carry lineno/col_offset/end_lineno/end_col_offset. */
        final boolean positions;
        /** end_lineno and end_col_offset are optional ({@code int?} in the ASDL): all but pattern. */
        final boolean endOptional;
        /** Constructors of a sum or members of an enum, in ASDL order. */
        final List<Kind> constructors = new ArrayList<>();
        /** The canonical constructor of the Java record. */
        Constructor<?> make;
        /** Readers of lineno, col_offset, end_lineno, end_col_offset, typed (Node)int, when {@link #positions}. */
        MethodHandle[] position;
        String doc;

        Kind(int index, String name, Role role, Kind base, Class<? extends Node> javaClass, Enum<?> member,
                int fieldCount, List<String> attributes, boolean endOptional) {
            this.index = index;
            this.name = name;
            this.role = role;
            this.base = base;
            this.javaClass = javaClass;
            this.member = member;
            this.fields = new FieldDesc[fieldCount];
            this.attributes = attributes;
            this.positions = !attributes.isEmpty();
            this.endOptional = endOptional;
        }
    }

    /** The ASDL types of Python 3.11 in the order of Parser/Python.asdl (CPython creates the classes in this order). */
    private static final String[] ASDL_ORDER = {"mod", "stmt", "expr", "expr_context", "boolop", "operator", "unaryop",
        "cmpop", "comprehension", "excepthandler", "arguments", "arg", "keyword", "alias", "withitem", "match_case",
        "pattern", "type_ignore"};

    private static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.of(
            "expr_context", org.ember.ast.ExprContext.class,
            "boolop", org.ember.ast.BoolOp.class,
            "operator", org.ember.ast.Operator.class,
            "unaryop", org.ember.ast.UnaryOp.class,
            "cmpop", org.ember.ast.CmpOp.class);

    /** Every class, AST first, then in CPython's creation order; {@code ALL.get(k.index) == k}. */
    static final List<Kind> ALL;
    static final Kind ROOT;
    private static final Map<String, Kind> BY_NAME;
    private static final Map<Class<?>, Kind> BY_CLASS;
    private static final Map<Class<?>, Kind[]> ENUM_MEMBERS;

    static {
        List<Kind> all = new ArrayList<>();
        Map<String, Kind> byName = new HashMap<>();
        Map<Class<?>, Kind> byClass = new HashMap<>();
        Map<Class<?>, Kind[]> enumMembers = new HashMap<>();
        Kind root = new Kind(0, "AST", Role.ROOT, null, null, null, 0, List.of(), false);
        all.add(root);
        byName.put(root.name, root);
        Map<String, List<AstSchema.NodeInfo>> sums = new HashMap<>();
        Map<String, AstSchema.NodeInfo> products = new HashMap<>();
        for (AstSchema.NodeInfo ni : AstSchema.ALL) {
            if (ni.base() == null) {
                products.put(ni.name(), ni);
            } else {
                sums.computeIfAbsent(ni.base(), k -> new ArrayList<>()).add(ni);
            }
        }
        List<Object[]> pendingFields = new ArrayList<>();
        for (String t : ASDL_ORDER) {
            Class<? extends Enum<?>> ec = ENUMS.get(t);
            if (ec != null) {
                Kind e = new Kind(all.size(), t, Role.ENUM, root, null, null, 0, List.of(), false);
                all.add(e);
                byName.put(t, e);
                Enum<?>[] consts = ec.getEnumConstants();
                Kind[] members = new Kind[consts.length];
                for (Enum<?> c : consts) {
                    Kind m = new Kind(all.size(), c.name(), Role.ENUM_MEMBER, e, null, c, 0, List.of(), false);
                    all.add(m);
                    byName.put(m.name, m);
                    e.constructors.add(m);
                    members[c.ordinal()] = m;
                }
                enumMembers.put(ec, members);
            } else if (sums.containsKey(t)) {
                List<AstSchema.NodeInfo> cons = sums.get(t);
                List<String> attrs = cons.get(0).attributes();
                boolean endOpt = !t.equals("pattern");
                Kind s = new Kind(all.size(), t, Role.SUM, root, null, null, 0, attrs, endOpt);
                all.add(s);
                byName.put(t, s);
                for (AstSchema.NodeInfo ni : cons) {
                    Kind c = new Kind(all.size(), ni.name(), Role.CONSTRUCTOR, s, ni.javaClass(), null, ni.fields().size(),
                            ni.attributes(), endOpt);
                    all.add(c);
                    byName.put(c.name, c);
                    byClass.put(ni.javaClass(), c);
                    s.constructors.add(c);
                    pendingFields.add(new Object[] {c, ni});
                }
            } else {
                AstSchema.NodeInfo ni = products.get(t);
                Kind p = new Kind(all.size(), t, Role.PRODUCT, root, ni.javaClass(), null, ni.fields().size(),
                        ni.attributes(), true);
                all.add(p);
                byName.put(t, p);
                byClass.put(ni.javaClass(), p);
                pendingFields.add(new Object[] {p, ni});
            }
        }
        for (Object[] pf : pendingFields) {
            Kind k = (Kind) pf[0];
            AstSchema.NodeInfo ni = (AstSchema.NodeInfo) pf[1];
            Constructor<?> ctor = canonicalConstructor(ni.javaClass());
            Class<?>[] params = ctor.getParameterTypes();
            for (int i = 0; i < k.fields.length; i++) {
                FieldDesc f = new FieldDesc(ni.fields().get(i));
                if (f.category == CAT_NODE || f.category == CAT_ENUM) {
                    f.target = byName.get(f.type);
                }
                f.boxedInt = f.category == CAT_INT && params[i] == Integer.class;
                k.fields[i] = f;
            }
            k.make = ctor;
            if (k.positions) {
                k.position = new MethodHandle[4];
                for (int i = 0; i < 4; i++) {
                    k.position[i] = intGetter(ni.javaClass(), k.attributes.get(i));
                }
            }
        }
        for (Kind k : all) {
            k.doc = docOf(k);
        }
        ALL = List.copyOf(all);
        ROOT = root;
        BY_NAME = Map.copyOf(byName);
        BY_CLASS = Map.copyOf(byClass);
        ENUM_MEMBERS = Map.copyOf(enumMembers);
    }

    private static MethodHandle intGetter(Class<?> c, String name) {
        try {
            return MethodHandles.publicLookup().findVirtual(c, name, MethodType.methodType(int.class))
                    .asType(MethodType.methodType(int.class, Node.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no accessor " + name + " on " + c, e);
        }
    }

    /** The canonical constructor of a generated AST record (its only public constructor). */
    private static Constructor<?> canonicalConstructor(Class<?> c) {
        Constructor<?>[] cs = c.getConstructors();
        if (cs.length != 1) {
            throw new IllegalStateException("expected one constructor on " + c);
        }
        return cs[0];
    }

    /** The class of Java AST record class {@code c} (constructors and products). */
    static Kind of(Class<?> c) {
        return BY_CLASS.get(c);
    }

    static Kind byName(String name) {
        return BY_NAME.get(name);
    }

    /** The class of a Java enum constant of the AST (ExprContext.Load, Operator.Add...). */
    static Kind ofMember(Enum<?> e) {
        return ENUM_MEMBERS.get(e.getDeclaringClass())[e.ordinal()];
    }

    /** CPython's docstring for a class, generated from the ASDL as Parser/asdl_c.py does. */
    private static String docOf(Kind k) {
        switch (k.role) {
            case ROOT:
                return null;
            case ENUM_MEMBER:
                return k.name;
            case CONSTRUCTOR:
            case PRODUCT:
                return signature(k);
            case ENUM: {
                StringBuilder sb = new StringBuilder(k.name).append(" = ");
                for (int i = 0; i < k.constructors.size(); i++) {
                    if (i > 0) {
                        sb.append(" | ");
                    }
                    sb.append(k.constructors.get(i).name);
                }
                return sb.toString();
            }
            default: {
                StringBuilder sb = new StringBuilder(k.name).append(" = ");
                String indent = "\n" + " ".repeat(k.name.length() + 1) + "| ";
                for (int i = 0; i < k.constructors.size(); i++) {
                    if (i > 0) {
                        sb.append(indent);
                    }
                    sb.append(signature(k.constructors.get(i)));
                }
                return sb.toString();
            }
        }
    }

    private static String signature(Kind k) {
        if (k.fields.length == 0) {
            return k.name;
        }
        StringBuilder sb = new StringBuilder(k.name).append('(');
        for (int i = 0; i < k.fields.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(k.fields[i].docText());
        }
        return sb.append(')').toString();
    }
}
