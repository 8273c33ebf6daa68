#!/usr/bin/env python3
"""Regenerates the parser's oracle files from CPython 3.11 (run: python3 test/unit/parse/regen-ast.py).

ast-expected.json:    snippet -> ast.dump(ast.parse(src), include_attributes=True)
errors-expected.json: snippet -> [type, msg, lineno, offset, end_lineno, end_offset]
The snippets live in ast-snippets.py and error-snippets.py (plain Python lists) beside this file.
"""
import ast, json, os, sys

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"
here = os.path.dirname(os.path.abspath(__file__))

def load(name):
    ns = {}
    with open(os.path.join(here, name), encoding='utf-8') as f:
        exec(f.read(), ns)
    return ns['SNIPPETS']

def utf16_columns(tree, src):
    """CPython's AST columns are UTF-8 byte offsets; memsnake's are UTF-16 code units (ast.ts)."""
    lines = src.split('\n')
    def conv(line, col):
        if line is None or col is None or line < 1 or line > len(lines):
            return col
        prefix = lines[line - 1].encode('utf-8')[:col].decode('utf-8', errors='ignore')
        return len(prefix.encode('utf-16-le')) // 2
    for node in ast.walk(tree):
        if hasattr(node, 'col_offset') and node.col_offset is not None:
            node.col_offset = conv(node.lineno, node.col_offset)
        if getattr(node, 'end_col_offset', None) is not None:
            node.end_col_offset = conv(node.end_lineno, node.end_col_offset)
    return tree

out = []
for src in load('ast-snippets.py'):
    tree = utf16_columns(ast.parse(src), src)
    out.append({'src': src, 'dump': ast.dump(tree, include_attributes=True)})
with open(os.path.join(here, 'ast-expected.json'), 'w', encoding='utf-8') as f:
    json.dump(out, f, indent=1, ensure_ascii=False)

errs = []
for src in load('error-snippets.py'):
    try:
        compile(src, 'f.py', 'exec')
        errs.append({'src': src, 'error': None})
    except SyntaxError as e:
        errs.append({'src': src, 'error': [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]})
with open(os.path.join(here, 'errors-expected.json'), 'w', encoding='utf-8') as f:
    json.dump(errs, f, indent=1, ensure_ascii=False)
print(f'{len(out)} AST cases, {len(errs)} error cases')
