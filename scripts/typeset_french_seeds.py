"""
Write French typography's no-break spaces into the French text of seed modules, in place:

    .venv/bin/python -m scripts.typeset_french_seeds home/content/*.py archive/exhibitions/seeds.py

The French text is every string under a "fr" key of a dict literal (`{"en": …, "fr": …}`); each
is passed through `base.typography.french_html`, and the literals that change are rewritten with
the characters themselves (U+00A0, U+202F), so the prose stays readable in the file. Only
replacing a space by a no-break space is supported, which keeps each literal's length: a string
that would need a space added (“«prix»”) is reported, to be fixed by hand.
tests/history/test_history_content.py fails on French seed text this script would change.
"""

import ast
import io
import sys
import tokenize
from pathlib import Path

from base.typography import french_html


def french_strings(tree):
    """The string constants under a "fr" key, anywhere in the module."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Dict):
            continue
        for key, value in zip(node.keys, node.values, strict=True):
            if isinstance(key, ast.Constant) and key.value == "fr":
                for inner in ast.walk(value):
                    if isinstance(inner, ast.Constant) and isinstance(inner.value, str):
                        yield inner


def char_position(lines, line, byte_column):
    return line, len(lines[line - 1].encode()[:byte_column].decode())


def typeset(path):
    source = path.read_text()
    lines = source.splitlines(keepends=True)
    tokens = [
        token
        for token in tokenize.generate_tokens(io.StringIO(source).readline)
        if token.type == tokenize.STRING
    ]
    edits, problems = [], []
    for node in french_strings(ast.parse(source)):
        start = char_position(lines, node.lineno, node.col_offset)
        end = char_position(lines, node.end_lineno, node.end_col_offset)
        pieces = [token for token in tokens if start <= token.start and token.end <= end]
        values = [ast.literal_eval(token.string) for token in pieces]
        wanted = french_html(node.value)
        if wanted == node.value:
            continue
        plain = all(
            token.string[1:-1] == value for token, value in zip(pieces, values, strict=True)
        )
        if len(wanted) != len(node.value) or "".join(values) != node.value or not plain:
            problems.append(f"{path}:{node.lineno}: set by hand: {wanted!r}")
            continue
        offset = 0
        for token, value in zip(pieces, values, strict=True):
            new = wanted[offset : offset + len(value)]
            offset += len(value)
            if new != value:
                quote = token.string[-1]
                edits.append((token.start, token.end, f"{quote}{new}{quote}"))
    # A plain one-line literal (checked above) starts and ends on the same line.
    for (line, column), (_end_line, end_column), text in sorted(edits, reverse=True):
        row = lines[line - 1]
        lines[line - 1] = row[:column] + text + row[end_column:]
    path.write_text("".join(lines))
    return len(edits), problems


def main(paths):
    failed = False
    for name in paths:
        count, problems = typeset(Path(name))
        print(f"{name}: {count} literals typeset")
        for problem in problems:
            print(problem)
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
