package zegocodes.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;

import zegocodes.Guidance;
import zegocodes.NotFoundException;
import zegocodes.ZegoCode;
import zegocodes.ZegoCodes;
import zegocodes.ZegoException;

/**
 * java/README.md's Jackson and Gson blocks, compiled against the jar and run. Neither library
 * is installed here, so stand-ins of the few classes the blocks use, with the same names and
 * signatures, read the flat JSON of a response; what is tested is the blocks' use of this
 * library: {@code check} with the response's fields, and which exception each code reaches.
 * The Jackson block is a class and a method body: the class goes to its own file, the body
 * into {@code jackson(String body)}, beside the {@code retryLater} and {@code log} it calls.
 */
class ReadmeJsonTest {
    static final String READER = "    static String field(String body, String name) {\n"
        + "        java.util.regex.Matcher m = java.util.regex.Pattern.compile(\"\\\"\" + name + \"\\\"\\\\s*:\\\\s*(\\\"([^\\\"]*)\\\"|[-0-9]+|\\\\{[^}]*\\\\})\").matcher(body);\n"
        + "        return !m.find() ? null : m.group(2) != null ? m.group(2) : m.group(1);\n"
        + "    }\n";

    static final String[][] STANDINS = {
        {"com/fasterxml/jackson/annotation/JsonIgnoreProperties.java", "package com.fasterxml.jackson.annotation;\n"
            + "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)\n"
            + "public @interface JsonIgnoreProperties { boolean ignoreUnknown() default false; }\n"},
        {"com/fasterxml/jackson/annotation/JsonProperty.java", "package com.fasterxml.jackson.annotation;\n"
            + "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)\n"
            + "public @interface JsonProperty { String value() default \"\"; }\n"},
        {"com/fasterxml/jackson/databind/JsonNode.java", "package com.fasterxml.jackson.databind;\n"
            + "public class JsonNode { public final String text; JsonNode(String text) { this.text = text; } }\n"},
        {"com/fasterxml/jackson/databind/ObjectMapper.java", "package com.fasterxml.jackson.databind;\n"
            + "public class ObjectMapper {\n" + READER
            + "    public <T> T readValue(String body, Class<T> type) throws java.io.IOException {\n"
            + "        try {\n"
            + "            T value = type.getDeclaredConstructor().newInstance();\n"
            + "            for (java.lang.reflect.Field f : type.getFields()) {\n"
            + "                String v = field(body, f.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class).value());\n"
            + "                if (v == null) continue;\n"
            + "                f.set(value, f.getType() == long.class ? (Object) Long.parseLong(v) : f.getType() == JsonNode.class ? new JsonNode(v) : v);\n"
            + "            }\n"
            + "            return value;\n"
            + "        } catch (ReflectiveOperationException e) { throw new java.io.IOException(e); }\n"
            + "    }\n}\n"},
        {"com/google/gson/JsonElement.java", "package com.google.gson;\n"
            + "public class JsonElement {\n    final String body;\n    JsonElement(String body) { this.body = body; }\n"
            + "    public JsonObject getAsJsonObject() { return new JsonObject(body); }\n"
            + "    public long getAsLong() { return Long.parseLong(body); }\n"
            + "    public String getAsString() { return body; }\n}\n"},
        {"com/google/gson/JsonObject.java", "package com.google.gson;\n"
            + "public class JsonObject extends JsonElement {\n    JsonObject(String body) { super(body); }\n" + READER
            + "    public boolean has(String name) { return field(body, name) != null; }\n"
            + "    public JsonElement get(String name) { return new JsonElement(field(body, name)); }\n}\n"},
        {"com/google/gson/JsonParser.java", "package com.google.gson;\n"
            + "public class JsonParser { public static JsonElement parseString(String body) { return new JsonElement(body); } }\n"},
    };

    /** The java block under the heading that begins with `first`. */
    static String block(String first) throws Exception {
        String readme = new String(Files.readAllBytes(ReadmeBlocksTest.root().resolve("java/README.md")), StandardCharsets.UTF_8);
        int at = readme.indexOf("```java\n" + first);
        assertTrue(at >= 0, "java/README.md has no java block starting " + first);
        int from = at + "```java\n".length();
        return readme.substring(from, readme.indexOf("```", from));
    }

    static Method program;

    static synchronized Method program() throws Exception {
        if (program != null) {
            return program;
        }
        String jackson = block("import com.fasterxml.jackson");
        String gson = block("JsonObject o = ");
        int classEnd = jackson.indexOf("\n}\n") + 3;
        StringBuilder imports = new StringBuilder();
        StringBuilder type = new StringBuilder();
        for (String line : jackson.substring(0, classEnd).split("\n")) {
            (line.startsWith("import ") ? imports : type).append(line).append('\n');
        }
        String readme = imports + "import com.google.gson.JsonObject;\nimport com.google.gson.JsonParser;\nimport java.util.*;\n"
            + "public class Readme {\n"
            + "    public static final List<String> retried = new ArrayList<>();\n"
            + "    public static final List<String> logged = new ArrayList<>();\n"
            + "    static final class Log { void error(String format, Object... args) { logged.add(format + \" \" + Arrays.toString(args)); } }\n"
            + "    static final Log log = new Log();\n"
            + "    static JsonNode retryLater(ZegoException e) { retried.add(e.getCodeName()); return null; }\n"
            + "    public static JsonNode jackson(String body) throws Exception {\n" + jackson.substring(classEnd) + "    }\n"
            + "    public static void gson(String body) {\n" + gson + "    }\n"
            + "}\n";
        Path dir = Files.createTempDirectory("readme-json");
        List<String> args = new ArrayList<>();
        args.add("-encoding");
        args.add("UTF-8");
        args.add("-cp");
        args.add(System.getProperty("zegocodes.jar"));
        args.add("-d");
        args.add(dir.toString());
        String[][] files = new String[STANDINS.length + 2][];
        System.arraycopy(STANDINS, 0, files, 0, STANDINS.length);
        files[STANDINS.length] = new String[] {"AgentResponse.java", imports + type.toString()};
        files[STANDINS.length + 1] = new String[] {"Readme.java", readme};
        for (String[] file : files) {
            Path path = dir.resolve("src").resolve(file[0]);
            Files.createDirectories(path.getParent());
            Files.write(path, file[1].getBytes(StandardCharsets.UTF_8));
            args.add(path.toString());
        }
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(new String[0])),
            "java/README.md's Jackson and Gson blocks do not compile:\n" + readme);
        URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, ReadmeJsonTest.class.getClassLoader());
        program = loader.loadClass("Readme").getMethod("jackson", String.class);
        return program;
    }

    static Object call(String method, String body) throws Throwable {
        try {
            return program().getDeclaringClass().getMethod(method, String.class).invoke(null, body);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    static List<String> list(String name) throws Exception {
        return (List<String>) program().getDeclaringClass().getField(name).get(null);
    }

    static long codeWith(Guidance guidance) {
        for (ZegoCode c : ZegoCode.values()) {
            if (c.getGuidance() == guidance) {
                return c.getCode();
            }
        }
        throw new AssertionError("no code has " + guidance);
    }

    @Test
    void jacksonTakesEachPath() throws Throwable {
        Object data = call("jackson", "{\"Code\":0,\"RequestId\":\"r0\",\"Data\":{\"AgentInstanceId\":\"a1\"}}");
        assertEquals("{\"AgentInstanceId\":\"a1\"}", data.getClass().getField("text").get(data));

        long limited = codeWith(Guidance.SLOW_DOWN);
        assertNull(call("jackson", "{\"Code\":" + limited + ",\"RequestId\":\"r1\"}"));
        assertEquals(ZegoCodes.name(limited), list("retried").get(list("retried").size() - 1));

        assertNull(call("jackson", "{\"Code\":" + ZegoCode.AGENT_INSTANCE_NOT_FOUND.getCode() + ",\"RequestId\":\"r2\"}"));

        long fix = codeWith(Guidance.FIX_REQUEST);
        ZegoException e = assertThrows(ZegoException.class,
            () -> call("jackson", "{\"Code\":" + fix + ",\"Message\":\"bad\",\"RequestId\":\"r3\"}"));
        assertEquals(fix, e.getCode());
        assertTrue(list("logged").contains("ZEGO {} {} (RequestId {}): {} [" + fix + ", " + ZegoCodes.name(fix) + ", r3, bad]"),
            list("logged").toString());
    }

    @Test
    void gsonChecksTheTree() throws Throwable {
        assertNull(call("gson", "{\"Code\":0}"));
        NotFoundException e = assertThrows(NotFoundException.class,
            () -> call("gson", "{\"Code\":" + ZegoCode.AGENT_INSTANCE_NOT_FOUND.getCode() + ",\"RequestId\":\"r4\"}"));
        assertEquals("r4", e.getRequestId());
    }
}
