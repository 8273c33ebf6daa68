print('single', "double", '''triple
line''', """another""")
print("tab\there", "newline\\n kept", 'it\'s', "say \"hi\"")
print(r"raw\n\t", R"C:\path")
print("concat" "enated", "a" 'b' """c""")
print("\x41\u00e9\N{GREEK SMALL LETTER ALPHA}\U0001F600")
print(len("\n"), len(r"\n"), len("\x00"))
print("\101\60", "\\")
s = """first
  second"""
print(s.splitlines())
print("a\
b")
