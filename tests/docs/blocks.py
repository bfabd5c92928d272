"""The fenced code blocks of the project's Markdown documents, as tests/docs/examples.py and
the tests that run documents' examples see them: each block with its document, the heading it
stands under, its place among that heading's blocks and its info string."""

import re
import subprocess
from dataclasses import dataclass

FENCE = re.compile(r"^\s*(```+|~~~+)(.*)$")
HEADING = re.compile(r"^#{1,6} \S")


@dataclass
class Block:
    doc: str
    heading: str  # the nearest heading line above the block, "" before the first
    index: int  # 1-based among the blocks under that heading
    line: int  # 1-based line of the opening fence
    info: str
    body: str

    @property
    def lang(self):
        return self.info.split()[0] if self.info.split() else ""

    def where(self):
        return f"{self.doc}:{self.line}: block {self.index} under {self.heading or '(top)'!r}"


def blocks(doc, text):
    out, heading, count, fence, start, info, body = [], "", {}, None, 0, "", []
    for n, line in enumerate(text.split("\n"), 1):
        m = FENCE.match(line)
        if fence is None:
            if m:
                fence, start, info, body = m.group(1), n, m.group(2).strip(), []
            elif HEADING.match(line):
                heading = line.strip()
        elif m and m.group(1).startswith(fence) and not m.group(2).strip():
            count[heading] = count.get(heading, 0) + 1
            out.append(Block(doc, heading, count[heading], start, info, "".join(body)))
            fence = None
        else:
            body.append(line + "\n")
    if fence is not None:
        raise ValueError(f"{doc}:{start}: a fence that is never closed")
    return out


def documents(root):
    """Every Markdown file git tracks but ZEGO's vendored pages and the fuzz corpus's pages,
    which are inputs, not documents."""
    files = subprocess.run(["git", "ls-files", "*.md"], cwd=root, capture_output=True, text=True, check=True).stdout.split()
    return [f for f in files if not f.startswith(("data/upstream/", "fuzz/corpus/"))]


if __name__ == "__main__":
    # blocks.py DOC HEADING INDEX: the body of that block, for the tests in other languages.
    import sys

    doc, heading, index = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with open(doc, encoding="utf-8") as f:
        found = [b for b in blocks(doc, f.read()) if b.heading == heading and b.index == index]
    if not found:
        sys.exit(f"{doc}: no block {index} under {heading!r}")
    sys.stdout.write(found[0].body)
