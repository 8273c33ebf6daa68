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

out = []
for src in load('ast-snippets.py'):
    out.append({'src': src, 'dump': ast.dump(ast.parse(src), include_attributes=True)})
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
