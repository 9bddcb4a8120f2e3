#!/usr/bin/env python3
"""read_attributes.py — every attribute a stage reads survives the parse (make lint).

    python3 bench/read_attributes.py [SRC_DIR]

The elision before the parse (src/input/elide.c) cuts from most start tags
every attribute not on its list of attributes some stage reads.  This check
finds every name the sources hand to pith_attr() or gumbo_get_attribute()
(a string literal, or each string of the array named there, in the same
file) and every ad attribute prefix of src/rules/tags.c, and fails when the
list in elide.c does not keep one of them.  It also fails when a key of
src/meta/metatags_table.c (a <meta>'s name or property the metadata stage
reads) is not on elide.c's list of <meta> keys read (meta_keys_read): the
<meta>s of the <head> without one go before the parse.
"""
import os
import re
import sys


def string_array(text, name, before=None):
    """The strings of the array called name defined last before the offset
    before (a function's own static array), or anywhere in text."""
    found = list(re.finditer(r'\b' + re.escape(name) + r'\[\]\s*=\s*\{(.*?)\};', text, re.S))
    if before is not None:
        found = [m for m in found if m.start() < before]
    return re.findall(r'"([^"]*)"', found[-1].group(1)) if found else None


def read_names(src):
    """(file, name) of every attribute name read through pith_attr or
    gumbo_get_attribute, and names of arrays that could not be followed."""
    found, unknown = [], []
    call = re.compile(r'\b(?:pith_attr|gumbo_get_attribute)\s*\(([^;]*?),\s*'
                      r'(?:"([^"]*)"|(\w+)\s*\[)')
    for folder, dirs, files in os.walk(src):
        for f in files:
            if not f.endswith('.c'):
                continue
            path = os.path.join(folder, f)
            text = open(path, encoding='utf-8', errors='replace').read()
            for m in call.finditer(text):
                if m.group(2) is not None:
                    found.append((path, m.group(2)))
                    continue
                names = string_array(text, m.group(3), m.start())
                if names is None:
                    unknown.append((path, m.group(3)))
                else:
                    found += [(path, n) for n in names]
    return found, unknown


def kept(elide):
    """The exact names and the prefixes elide.c keeps."""
    names = set()
    for m in re.finditer(r'static const char \*const read_[a-z]\[\]\s*=\s*\{(.*?)\};', elide, re.S):
        names.update(re.findall(r'"([^"]*)"', m.group(1)))
    names.update('data-' + n for n in string_array(elide, 'read_data') or [])
    return names, ['data-' + p for p in string_array(elide, 'read_data_prefixes') or []]


def unkept_meta_keys(src, elide):
    """The keys of meta/metatags_table.c that elide.c's meta_keys_read does
    not keep ('*' ends a prefix there)."""
    table = open(os.path.join(src, 'meta', 'metatags_table.c'), encoding='utf-8').read()
    keys = re.findall(r'\{"([^"]*)",', table)
    kept_keys = string_array(elide, 'meta_keys_read') or []
    def is_kept(k):
        return any(k.lower() == x or (x.endswith('*') and k.lower().startswith(x[:-1]))
                   for x in kept_keys)
    return [k for k in keys if not is_kept(k)]


def main(argv):
    src = argv[0] if argv else 'src'
    elide = open(os.path.join(src, 'input', 'elide.c'), encoding='utf-8').read()
    names, prefixes = kept(elide)
    found, unknown = read_names(src)
    tags = open(os.path.join(src, 'rules', 'tags.c'), encoding='utf-8').read()
    found += [('src/rules/tags.c', p) for p in string_array(tags, 'pith_ad_attribute_prefixes')]
    bad = [(path, n) for path, n in found
           if n.lower() not in names and not any(n.lower().startswith(p) for p in prefixes)]
    for path, n in bad:
        print(f'{path}: attribute "{n}" is read but src/input/elide.c cuts it before the parse')
    for path, a in unknown:
        print(f'{path}: attribute names from "{a}", which is no string array of the file')
    metas = unkept_meta_keys(src, elide)
    for k in metas:
        print(f'src/meta/metatags_table.c: <meta> key "{k}" is read but src/input/elide.c '
              'removes such <meta>s from the <head> (meta_keys_read)')
    if not bad and not unknown and not metas:
        print(f'read attributes: all {len(set(n for _, n in found))} names kept by the elision, '
              'and every <meta> key of the metadata table')
    return 1 if bad or unknown or metas else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
