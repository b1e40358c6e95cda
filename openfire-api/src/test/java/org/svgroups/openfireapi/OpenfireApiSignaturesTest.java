package org.svgroups.openfireapi;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jivesoftware.openfire.XMPPServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Compares every class of this compile-only module with the class of the same name in a real Openfire installation.
 *
 * <p>Runs only when the system property {@code openfire.home} names an Openfire home whose {@code lib/} holds the
 * server's jars ({@code mvn -pl openfire-api test -Dopenfire.home=/path/to/openfire}); skipped otherwise.
 *
 * <p>For each stub class it checks the class kind and modifiers, type parameters, superclass, the interfaces the
 * stub declares, enum constants, and every public or protected constructor, method and field the stub declares:
 * generic signature, modifiers, return type, checked exceptions and, for compile-time constants, the value. Real
 * classes are loaded without being initialised, and constant values are read from the class files, so no Openfire
 * code runs.
 */
class OpenfireApiSignaturesTest {

    private static final String SKIP_LINE = "openfire-api signature check SKIPPED: pass -Dopenfire.home=<Openfire 5.1.1 home>"
        + " to compare with the real server";

    /** Modifiers that are part of a member's contract; synchronized, native, transient, volatile and strictfp are not. */
    private static final int MEMBER_MODIFIERS = Modifier.PUBLIC | Modifier.PROTECTED | Modifier.PRIVATE
        | Modifier.STATIC | Modifier.FINAL | Modifier.ABSTRACT;

    private static final int CLASS_MODIFIERS = Modifier.PUBLIC | Modifier.PROTECTED | Modifier.PRIVATE
        | Modifier.STATIC | Modifier.FINAL | Modifier.ABSTRACT | Modifier.INTERFACE;

    @Test
    void stubsMatchTheRealOpenfire() throws Exception {
        final String home = System.getProperty("openfire.home");
        if (home == null || home.isBlank() || home.startsWith("${")) {
            System.out.println(SKIP_LINE);
            Assumptions.assumeTrue(false, SKIP_LINE);
        }
        final Path lib = Path.of(home, "lib");
        assertTrue(Files.isDirectory(lib), "openfire.home=" + home + " has no lib/ directory");

        final List<URL> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(lib)) {
            for (Path jar : files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().collect(Collectors.toList())) {
                jars.add(jar.toUri().toURL());
            }
        }
        assertTrue(jars.stream().anyMatch(u -> u.getPath().contains("xmppserver")),
            "no xmppserver jar in " + lib + " (is it an Openfire home?)");

        final ClassLoader stubLoader = XMPPServer.class.getClassLoader();
        final List<String> stubNames = stubClassNames();
        assertTrue(stubNames.size() > 20, "found only " + stubNames.size() + " stub classes");

        final List<String> problems = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        int members = 0;
        try (URLClassLoader realLoader = new URLClassLoader(jars.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
            for (String name : stubNames) {
                final Class<?> stub = Class.forName(name, false, stubLoader);
                final Class<?> real;
                try {
                    real = Class.forName(name, false, realLoader);
                } catch (ClassNotFoundException | LinkageError e) {
                    problems.add(name + ": not found in Openfire (" + e + ")");
                    continue;
                }
                members += compareClass(stub, real, stubLoader, realLoader, problems, notes);
            }
        }

        notes.forEach(n -> System.out.println("openfire-api note: " + n));
        if (!problems.isEmpty()) {
            fail(problems.size() + " signature mismatch(es) between openfire-api and " + home + ":\n  "
                + String.join("\n  ", problems));
        }
        System.out.println("openfire-api signature check: " + stubNames.size() + " classes and " + members
            + " members match " + home);
    }

    /** Binary names of all classes compiled from this module's main sources (the stubs). */
    private static List<String> stubClassNames() throws Exception {
        final Path root = Path.of(XMPPServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files
                .filter(p -> p.toString().endsWith(".class"))
                .map(p -> root.relativize(p).toString().replace('\\', '/'))
                .filter(p -> !p.startsWith("org/svgroups/"))
                .filter(p -> !p.endsWith("package-info.class") && !p.endsWith("module-info.class"))
                .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
                .sorted()
                .collect(Collectors.toList());
        }
    }

    private static int compareClass(Class<?> stub, Class<?> real, ClassLoader stubLoader, ClassLoader realLoader,
                                    List<String> problems, List<String> notes) throws IOException {
        final String where = stub.getName();
        if (stub.isSynthetic() || stub.isAnonymousClass()) {
            return 0;
        }
        check(problems, where, "kind", kind(stub), kind(real));
        check(problems, where, "modifiers", Modifier.toString(stub.getModifiers() & CLASS_MODIFIERS),
            Modifier.toString(real.getModifiers() & CLASS_MODIFIERS));
        check(problems, where, "type parameters", typeParameters(stub.getTypeParameters()),
            typeParameters(real.getTypeParameters()));
        check(problems, where, "declaring class", name(stub.getDeclaringClass()), name(real.getDeclaringClass()));
        if (!stub.isInterface()) {
            check(problems, where, "superclass", typeName(stub.getGenericSuperclass()),
                typeName(real.getGenericSuperclass()));
        }
        final Set<String> realInterfaces = Arrays.stream(real.getGenericInterfaces()).map(Type::getTypeName)
            .collect(Collectors.toSet());
        for (Type iface : stub.getGenericInterfaces()) {
            if (!realInterfaces.contains(iface.getTypeName())) {
                problems.add(where + ": implements/extends " + iface.getTypeName() + ", real has " + realInterfaces);
            }
        }
        if (stub.isEnum()) {
            check(problems, where, "enum constants", enumConstants(stub), enumConstants(real));
        }

        int count = 0;
        final Map<String, Object> stubConstants = constantValues(stub, stubLoader);
        final Map<String, Object> realConstants = constantValues(real, realLoader);
        for (Field field : stub.getDeclaredFields()) {
            if (!visible(field) || field.isSynthetic() || field.isEnumConstant()) {
                continue;
            }
            count++;
            final String at = where + "." + field.getName();
            final Field realField;
            try {
                realField = real.getDeclaredField(field.getName());
            } catch (NoSuchFieldException e) {
                problems.add(at + ": field not found in Openfire");
                continue;
            }
            check(problems, at, "type", field.getGenericType().getTypeName(), realField.getGenericType().getTypeName());
            check(problems, at, "modifiers", modifiers(field), modifiers(realField));
            check(problems, at, "constant value", String.valueOf(stubConstants.get(field.getName())),
                String.valueOf(realConstants.get(field.getName())));
        }

        final Map<String, Constructor<?>> realConstructors = new HashMap<>();
        for (Constructor<?> c : real.getDeclaredConstructors()) {
            realConstructors.put(erasedParameters(c), c);
        }
        for (Constructor<?> c : stub.getDeclaredConstructors()) {
            if (!visible(c) || c.isSynthetic()) {
                continue;
            }
            count++;
            final String at = where + ".<init>" + erasedParameters(c);
            final Constructor<?> r = realConstructors.get(erasedParameters(c));
            if (r == null) {
                problems.add(at + ": constructor not found in Openfire");
                continue;
            }
            compareExecutable(at, c, r, problems);
        }

        final Map<String, Method> realMethods = new HashMap<>();
        for (Method m : real.getDeclaredMethods()) {
            if (!m.isBridge() && !m.isSynthetic()) {
                realMethods.put(m.getName() + erasedParameters(m), m);
            }
        }
        final Set<String> stubMethodKeys = new TreeSet<>();
        for (Method m : stub.getDeclaredMethods()) {
            if (m.isBridge() || m.isSynthetic()) {
                continue;
            }
            stubMethodKeys.add(m.getName() + erasedParameters(m));
            if (!visible(m)) {
                continue;
            }
            count++;
            final String at = where + "." + m.getName() + erasedParameters(m);
            final Method r = realMethods.get(m.getName() + erasedParameters(m));
            if (r == null) {
                problems.add(at + ": method not found in Openfire");
                continue;
            }
            compareExecutable(at, m, r, problems);
            check(problems, at, "return type", m.getGenericReturnType().getTypeName(),
                r.getGenericReturnType().getTypeName());
            check(problems, at, "erased return type", m.getReturnType().getName(), r.getReturnType().getName());
            check(problems, at, "default method", m.isDefault(), r.isDefault());
        }

        // Abstract methods of the real type that the stub leaves out: harmless for callers, but a class of ours that
        // implements or extends the stub would not be forced to implement them. Reported, not failed.
        if (Modifier.isAbstract(real.getModifiers())) {
            final Set<String> missing = new TreeSet<>();
            for (Map.Entry<String, Method> e : realMethods.entrySet()) {
                if (Modifier.isAbstract(e.getValue().getModifiers()) && !stubMethodKeys.contains(e.getKey())) {
                    missing.add(e.getKey());
                }
            }
            if (!missing.isEmpty()) {
                notes.add(where + " does not declare these abstract methods of the real type: " + missing);
            }
        }
        return count;
    }

    private static void compareExecutable(String at, Executable stub, Executable real, List<String> problems) {
        check(problems, at, "modifiers", modifiers(stub), modifiers(real));
        check(problems, at, "type parameters", typeParameters(stub.getTypeParameters()),
            typeParameters(real.getTypeParameters()));
        check(problems, at, "parameter types", typeNames(stub.getGenericParameterTypes()),
            typeNames(real.getGenericParameterTypes()));
        check(problems, at, "varargs", stub.isVarArgs(), real.isVarArgs());
        check(problems, at, "throws", new TreeSet<>(typeNames(stub.getGenericExceptionTypes())),
            new TreeSet<>(typeNames(real.getGenericExceptionTypes())));
    }

    private static void check(List<String> problems, String at, String what, Object stub, Object real) {
        if (!stub.equals(real)) {
            problems.add(at + ": " + what + " differ: stub=" + stub + ", real=" + real);
        }
    }

    private static boolean visible(Member member) {
        return Modifier.isPublic(member.getModifiers()) || Modifier.isProtected(member.getModifiers());
    }

    private static String kind(Class<?> c) {
        if (c.isAnnotation()) {
            return "annotation";
        }
        if (c.isInterface()) {
            return "interface";
        }
        if (c.isEnum()) {
            return "enum";
        }
        if (c.isRecord()) {
            return "record";
        }
        return Modifier.isAbstract(c.getModifiers()) ? "abstract class" : "class";
    }

    private static String modifiers(Member member) {
        int mods = member.getModifiers() & MEMBER_MODIFIERS;
        return Modifier.toString(mods);
    }

    private static String name(Class<?> c) {
        return c == null ? "none" : c.getName();
    }

    private static String typeName(Type t) {
        return t == null ? "none" : t.getTypeName();
    }

    private static List<String> typeNames(Type[] types) {
        return Arrays.stream(types).map(Type::getTypeName).collect(Collectors.toList());
    }

    private static String typeParameters(TypeVariable<?>[] vars) {
        return Arrays.stream(vars)
            .map(v -> v.getName() + " extends " + typeNames(v.getBounds()))
            .collect(Collectors.joining(", ", "<", ">"));
    }

    private static String erasedParameters(Executable e) {
        return Arrays.stream(e.getParameterTypes()).map(Class::getName).collect(Collectors.joining(",", "(", ")"));
    }

    /** Enum constant names in declaration order, without initialising the enum. */
    private static List<String> enumConstants(Class<?> c) {
        return Arrays.stream(c.getDeclaredFields()).filter(Field::isEnumConstant).map(Field::getName)
            .collect(Collectors.toList());
    }

    /**
     * The ConstantValue attributes of a class's fields (the values that javac inlines into callers), read from the
     * class file so that the class is not initialised.
     */
    private static Map<String, Object> constantValues(Class<?> c, ClassLoader loader) throws IOException {
        final String resource = c.getName().replace('.', '/') + ".class";
        try (InputStream raw = loader.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IOException("class file not found: " + resource);
            }
            final DataInputStream in = new DataInputStream(raw);
            in.readInt(); // magic
            in.readUnsignedShort(); // minor
            in.readUnsignedShort(); // major
            final int poolSize = in.readUnsignedShort();
            final Object[] pool = new Object[poolSize];
            final int[] stringRefs = new int[poolSize];
            for (int i = 1; i < poolSize; i++) {
                final int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1: pool[i] = in.readUTF(); break;
                    case 3: pool[i] = in.readInt(); break;
                    case 4: pool[i] = in.readFloat(); break;
                    case 5: pool[i] = in.readLong(); i++; break;
                    case 6: pool[i] = in.readDouble(); i++; break;
                    case 8: stringRefs[i] = in.readUnsignedShort(); break;
                    case 7: case 16: case 19: case 20: in.readUnsignedShort(); break;
                    case 15: in.readUnsignedByte(); in.readUnsignedShort(); break;
                    case 9: case 10: case 11: case 12: case 17: case 18: in.readInt(); break;
                    default: throw new IOException("unknown constant pool tag " + tag + " in " + resource);
                }
            }
            in.readUnsignedShort(); // access flags
            in.readUnsignedShort(); // this class
            in.readUnsignedShort(); // super class
            final int interfaces = in.readUnsignedShort();
            for (int i = 0; i < interfaces; i++) {
                in.readUnsignedShort();
            }
            final Map<String, Object> values = new HashMap<>();
            final int fields = in.readUnsignedShort();
            for (int f = 0; f < fields; f++) {
                in.readUnsignedShort(); // access flags
                final String fieldName = (String) pool[in.readUnsignedShort()];
                in.readUnsignedShort(); // descriptor
                final int attributes = in.readUnsignedShort();
                for (int a = 0; a < attributes; a++) {
                    final String attributeName = (String) pool[in.readUnsignedShort()];
                    final int length = in.readInt();
                    if ("ConstantValue".equals(attributeName)) {
                        final int index = in.readUnsignedShort();
                        values.put(fieldName, stringRefs[index] != 0 ? pool[stringRefs[index]] : pool[index]);
                    } else {
                        in.skipNBytes(length);
                    }
                }
            }
            return values;
        }
    }
}
