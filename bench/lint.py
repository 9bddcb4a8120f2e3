#!/usr/bin/env python3
"""lint.py — the size of pith's parts, and code written twice (make lint).

    python3 bench/lint.py [--top N] [SRC_DIR]

Prints, for the C sources under SRC_DIR (default src/):

  - the largest source file (lines), and the N largest;
  - the longest function (lines from its first line to its closing brace),
    the N longest, and how many are over 100 lines;
  - every block of six or more lines that stands, the same, in two places
    outside data tables.

Exits 1 when such a repeated block exists, else 0.  Functions are found by
the house style: a definition's opening brace stands alone at the start of
a line, and so does its closing brace.  Two blocks are the same when their
lines are, once comments are dropped and white space is folded; blank
lines, lone braces and "break;" are passed over, and lines inside a data
table (an initializer "= {" up to its "};") do not count, since tables
repeat their shape by design.
"""
import os
import re
import sys

MIN_LINES = 6
LONG_FUNCTION = 100


def sources(root):
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(('.c', '.h')):
                yield os.path.join(folder, name)


def without_comments(text):
    """The text with /* */ and // comments blanked, line breaks kept."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in '"\'':  # a string or character literal, copied whole
            j = i + 1
            while j < n and text[j] != c and text[j] != '\n':
                j += 2 if text[j] == '\\' else 1
            out.append(text[i:j + 1])
            i = j + 1
        elif text.startswith('/*', i):
            j = text.find('*/', i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r'[^\n]', ' ', text[i:j]))
            i = j
        elif text.startswith('//', i):
            j = text.find('\n', i)
            j = n if j < 0 else j
            i = j
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def functions(lines):
    """(name, first line, last line) of each function definition, 1-based."""
    found = []
    for k, line in enumerate(lines):
        if line != '{' or k == 0:
            continue
        start = k - 1  # the signature may take several lines
        while start > 0 and lines[start - 1].strip() and not lines[start - 1].startswith(
                ('}', '#')) and lines[start - 1][0] in ' \t':
            start -= 1
        if start > 0 and re.match(r'[A-Za-z_]', lines[start - 1]) and \
                not lines[start - 1].rstrip().endswith((';', '}')):
            start -= 1
        name = re.search(r'([A-Za-z_][A-Za-z_0-9]*)\s*\(', ' '.join(lines[start:k]))
        end = k + 1
        while end < len(lines) and lines[end] not in ('}', '};'):
            end += 1
        if name and end < len(lines):
            found.append((name.group(1), start + 1, end + 1))
    return found


def significant(lines):
    """(line number, folded text) of the lines that count for repeats."""
    kept = []
    in_table = False
    for k, raw in enumerate(lines):
        line = ' '.join(raw.split())
        if in_table:
            if line.startswith('};'):
                in_table = False
            continue
        if re.search(r'=\s*\{$', line):
            in_table = True
            continue
        if not line or line in ('{', '}', '};', '} else {', 'break;', 'default:', 'return;') or \
                line.startswith('#'):
            continue
        kept.append((k + 1, line))
    return kept


def repeated_blocks(files):
    """Pairs of places where MIN_LINES significant lines stand the same."""
    seen = {}
    pairs = []
    for path, kept in files:
        for i in range(len(kept) - MIN_LINES + 1):
            key = tuple(text for _, text in kept[i:i + MIN_LINES])
            place = (path, kept[i][0], kept[i + MIN_LINES - 1][0])
            if key in seen:
                pairs.append((seen[key], place))
            else:
                seen[key] = place
    # Overlapping windows of one long repeat are one block: keep the first
    # window of each run of consecutive windows.
    merged = []
    for a, b in pairs:
        if merged:
            pa, pb = merged[-1]
            if a[0] == pa[0] and b[0] == pb[0] and a[1] <= pa[2] and b[1] <= pb[2]:
                merged[-1] = ((pa[0], pa[1], max(pa[2], a[2])), (pb[0], pb[1], max(pb[2], b[2])))
                continue
        merged.append((a, b))
    return merged


def main(argv):
    top = 5
    args = list(argv)
    if args[:1] == ['--top']:
        top = int(args[1])
        args = args[2:]
    root = args[0] if args else 'src'
    sizes, funcs, files = [], [], []
    for path in sources(root):
        with open(path, encoding='utf-8', errors='replace') as f:
            text = f.read()
        lines = without_comments(text).split('\n')
        sizes.append((text.count('\n'), path))
        funcs += [(end - start + 1, '%s:%d %s' % (path, start, name))
                  for name, start, end in functions(lines)]
        files.append((path, significant(lines)))
    sizes.sort(reverse=True)
    funcs.sort(reverse=True)
    print('largest source file: %s (%d lines)' % (sizes[0][1], sizes[0][0]))
    for n, path in sizes[1:top]:
        print('  then %s (%d)' % (path, n))
    print('longest function: %s (%d lines)' % (funcs[0][1], funcs[0][0]))
    for n, where in funcs[1:top]:
        print('  then %s (%d)' % (where, n))
    print('functions over %d lines: %d of %d' %
          (LONG_FUNCTION, sum(1 for n, _ in funcs if n > LONG_FUNCTION), len(funcs)))
    blocks = repeated_blocks(files)
    print('blocks of %d or more lines repeated outside data tables: %d' % (MIN_LINES, len(blocks)))
    for a, b in blocks:
        print('  %s:%d-%d = %s:%d-%d' % (a + b))
    return 1 if blocks else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
