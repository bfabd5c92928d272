/**
 * Every return code of ZEGO's AI Agent server API, and every exception event code of its
 * callbacks: ZEGO's Chinese and English texts exactly as published, stable symbolic names,
 * categories and what a caller should do about each code.
 *
 * <pre>{@code
 * ZegoCode code = ZegoCode.resolve(410001002);       // null for a code the catalog lacks
 * code.getMessage(Lang.EN);                          // "AI agent instance not found."
 * ZegoCodes.message(410009999, Lang.EN);             // any code: a generic text for its range
 * ZegoCodes.check(response.code, response.message, response.requestId); // throws unless 0
 * }</pre>
 *
 * <p>The sources of {@link zegocodes.ZegoCode}, {@link zegocodes.ZegoEventCode},
 * {@link zegocodes.Guidance}, {@link zegocodes.Category} and {@link zegocodes.EventCategory}
 * are generated from the same data and core as the Rust, C and Python libraries, and tested
 * against the core's answers. Java 8 bytecode, no dependencies, no reflection, nothing but
 * {@code java.lang}: it runs on any JVM 8 or later and on Android API 21 and later.
 * Everything is immutable and safe from any thread.
 *
 * <p>Codes are {@code long} so that every value of ZEGO's unsigned 32-bit codes fits; a value
 * outside 0 to 4294967295 throws {@link java.lang.IllegalArgumentException} naming it, and a
 * null {@link zegocodes.Lang} throws {@link java.lang.NullPointerException}.
 */
package zegocodes;
