//! Every escaper of xtask/src/gen/escape.rs, fed texts that would break a naive generator
//! (`*/`, quotes, backslashes, `${`, `%`, line breaks and the Unicode line separators), then
//! compiled or run by the language's own tools: a string literal must give back the text byte
//! for byte, a comment must leave the code after it intact. Go runs where `go` is installed
//! (`make test` installs it for the Go suite); every other tool is one the project's build
//! needs anyway.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use xtask::gen::escape::*;

const HOSTILE: &[&str] = &[
    "*/ /* // --> -->",
    "\"double\" 'single' `back` “curly”",
    "back\\slash \\n \\u000a \\x00 \\",
    "${interpolation} #{ruby} {{template}} $HOME",
    "%s %d %n %% %",
    "line\nbreak\u{2028}separator\u{2029}paragraph\r\nend",
    "tab\there\u{b}vt\u{c}ff",
    "<b>&amp;</b> @param {@link x}",
    "]] [link](x) [`crate::X`]",
    "\u{7f}del \u{1b}[31mred \u{85}nel",
    "未找到智能体实例。\n- 列表项",
];

fn hex(s: &str) -> String {
    s.bytes().map(|b| format!("{b:02x}")).collect()
}

fn expected() -> String {
    HOSTILE.iter().map(|h| hex(h) + "\n").collect()
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("escape").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs `cmd` in `dir`; its standard output, or a panic with everything it printed.
fn run(dir: &Path, cmd: &str, args: &[&str]) -> String {
    let out = Command::new(cmd)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("{cmd}: {e}"));
    assert!(
        out.status.success(),
        "{cmd} {args:?} failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn on_path(cmd: &str) -> bool {
    Command::new(cmd).arg("--version").output().is_ok() || Command::new(cmd).arg("version").output().is_ok()
}

#[test]
fn comments_stay_on_one_line_and_closed() {
    let breaks = ['\n', '\r', '\u{2028}', '\u{2029}', '\u{b}', '\u{c}', '\u{85}'];
    for h in HOSTILE {
        for (what, text) in [
            ("c_comment", c_comment(h)),
            ("js_comment", js_comment(h)),
            ("javadoc", javadoc(h)),
            ("go_comment", go_comment(h)),
            ("rust_doc", rust_doc(h)),
            ("py_docstring", py_docstring(h)),
        ] {
            assert!(!text.contains(breaks), "{what}({h:?}) = {text:?} breaks the line");
            if what != "go_comment" && what != "rust_doc" && what != "py_docstring" {
                assert!(!text.contains("*/"), "{what}({h:?}) = {text:?} ends the comment");
            }
            if what == "c_comment" {
                assert!(!text.contains("/*"), "{what}({h:?}) = {text:?} opens a comment");
            }
        }
        assert!(!py_docstring(h).contains(['"', '\\']), "{h:?}");
        assert!(!javadoc(h).contains(['@', '\\']), "{h:?}");
        let cell = md_cell(h);
        assert!(
            !cell.contains('\n') && !cell.replace("\\|", "").contains('|'),
            "{cell:?}"
        );
    }
}

#[test]
fn toml_strings_read_back() {
    for h in HOSTILE {
        let doc = format!("s = {}", toml_str(h));
        let v: toml::Value = toml::from_str(&doc).unwrap_or_else(|e| panic!("{doc}: {e}"));
        assert_eq!(v["s"].as_str(), Some(*h));
    }
}

#[test]
fn rust_literals_and_doc_comments_compile_and_read_back() {
    let dir = scratch("rust");
    let mut src = String::new();
    for h in HOSTILE {
        writeln!(src, "/// {}\n/* {} */", rust_doc(h), c_comment(h)).unwrap();
        writeln!(src, "#[allow(dead_code)]\nconst _C{}: () = ();", src.len()).unwrap();
    }
    src.push_str("fn main() {\n    for s in [");
    for h in HOSTILE {
        write!(src, "{}, ", rust_str_nul(h)).unwrap();
    }
    src.push_str(
        "] {\n        let s: &str = s.strip_suffix('\\0').unwrap();\n        \
                  println!(\"{}\", s.bytes().map(|b| format!(\"{b:02x}\")).collect::<String>());\n    }\n}\n",
    );
    std::fs::write(dir.join("main.rs"), &src).unwrap();
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    run(&dir, &rustc, &["--edition", "2021", "-o", "main", "main.rs"]);
    assert_eq!(run(&dir, "./main", &[]), expected(), "{src}");
}

#[test]
fn c_and_cpp_comments_leave_the_code_after_them() {
    let dir = scratch("c");
    let mut src = String::new();
    for (i, h) in HOSTILE.iter().enumerate() {
        writeln!(
            src,
            "/** {} */\nenum {{ E{i} = {i} }};\n/// ({})\nstatic const int k{i} = E{i};",
            c_comment(h),
            c_comment(h)
        )
        .unwrap();
    }
    src.push_str("int main(void) { return k0; }\n");
    std::fs::write(dir.join("t.c"), &src).unwrap();
    std::fs::write(dir.join("t.cpp"), &src).unwrap();
    run(
        &dir,
        "cc",
        &[
            "-std=c99",
            "-Wall",
            "-Wextra",
            "-Werror",
            "-Wno-unused-const-variable",
            "-fsyntax-only",
            "t.c",
        ],
    );
    run(
        &dir,
        "c++",
        &[
            "-std=c++11",
            "-Wall",
            "-Wextra",
            "-Werror",
            "-Wno-unused-const-variable",
            "-fsyntax-only",
            "t.cpp",
        ],
    );
}

#[test]
fn javascript_literals_and_comments_run_and_read_back() {
    let dir = scratch("js");
    let mut src = String::new();
    for h in HOSTILE {
        writeln!(src, "/** {} */", js_comment(h)).unwrap();
    }
    src.push_str("const all = [\n");
    for h in HOSTILE {
        writeln!(src, "  {},", js_str(h)).unwrap();
    }
    src.push_str("];\nfor (const s of all) console.log(Buffer.from(s, 'utf8').toString('hex'));\n");
    std::fs::write(dir.join("t.mjs"), &src).unwrap();
    assert_eq!(run(&dir, "node", &["t.mjs"]), expected(), "{src}");
}

#[test]
fn java_literals_and_javadoc_compile_and_read_back() {
    let dir = scratch("java");
    let mut src = String::from("public class T {\n");
    for (i, h) in HOSTILE.iter().enumerate() {
        writeln!(src, "    /** {} */\n    static final int K{i} = {i};", javadoc(h)).unwrap();
    }
    src.push_str("    static final String[] ALL = {\n");
    for h in HOSTILE {
        writeln!(src, "        {},", java_str(h)).unwrap();
    }
    src.push_str(
        "    };\n    public static void main(String[] args) {\n        for (String s : ALL) {\n            \
         StringBuilder b = new StringBuilder();\n            \
         for (byte x : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) b.append(String.format(\"%02x\", x));\n            \
         System.out.println(b);\n        }\n    }\n}\n",
    );
    std::fs::write(dir.join("T.java"), &src).unwrap();
    run(
        &dir,
        "javac",
        &["-encoding", "UTF-8", "-Xlint:all", "-Werror", "T.java"],
    );
    assert_eq!(run(&dir, "java", &["-cp", ".", "T"]), expected(), "{src}");
}

#[test]
fn python_docstrings_leave_the_code_after_them() {
    let dir = scratch("python");
    let mut src = String::new();
    for (i, h) in HOSTILE.iter().enumerate() {
        writeln!(
            src,
            "class C{i}:\n    \"\"\"{}\"\"\"\n    k = {i}\n",
            py_docstring(h)
        )
        .unwrap();
    }
    let n = HOSTILE.len();
    writeln!(src, "print(sum(globals()[f'C{{i}}'].k for i in range({n})))").unwrap();
    std::fs::write(dir.join("t.py"), &src).unwrap();
    let total: usize = (0..n).sum();
    assert_eq!(run(&dir, "python3", &["t.py"]).trim(), total.to_string(), "{src}");
}

#[test]
fn python_literals_read_back() {
    let dir = scratch("python_str");
    let mut src = String::from("for s in [\n");
    for h in HOSTILE {
        writeln!(src, "    {},", py_str(h)).unwrap();
    }
    src.push_str("]:\n    print(s.encode().hex())\n");
    std::fs::write(dir.join("t.py"), &src).unwrap();
    assert_eq!(run(&dir, "python3", &["t.py"]), expected(), "{src}");
}

#[test]
fn go_literals_and_comments_compile_and_read_back_where_go_is_installed() {
    if !on_path("go") {
        eprintln!("go is not installed here: the Go leg runs where it is (make test installs it)");
        return;
    }
    let dir = scratch("go");
    let mut src = String::from("package main\n\nimport (\n\t\"encoding/hex\"\n\t\"fmt\"\n)\n\n");
    for (i, h) in HOSTILE.iter().enumerate() {
        writeln!(src, "// K{i} is {}\nconst K{i} = {i}\n", go_comment(h)).unwrap();
    }
    src.push_str("var all = []string{\n");
    for h in HOSTILE {
        writeln!(src, "\t{},", go_str(h)).unwrap();
    }
    src.push_str("}\n\nfunc main() {\n\tfor _, s := range all {\n\t\tfmt.Println(hex.EncodeToString([]byte(s)))\n\t}\n}\n");
    std::fs::write(dir.join("main.go"), &src).unwrap();
    let cache = dir.join("cache");
    let out = Command::new("go")
        .args(["run", "main.go"])
        .current_dir(&dir)
        .env("GOCACHE", &cache)
        .env("GOFLAGS", "-mod=mod")
        .env("GO111MODULE", "off")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8(out.stdout).unwrap(), expected(), "{src}");
}
