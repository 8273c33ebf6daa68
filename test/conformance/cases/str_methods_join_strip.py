print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join([]))
print("  pad  ".strip() + "|", "  pad  ".lstrip() + "|", "  pad  ".rstrip() + "|")
print("xxhixx".strip("x"), "www.example.com".strip("cmowz."), "abcba".rstrip("ab"))
print("prefix_name".removeprefix("prefix_"), "file.py".removesuffix(".py"), "same".removeprefix("x"))
try:
    ",".join([1, 2])
except TypeError as e:
    print(e)
print("\t tabs \n".strip(), repr(" \u3000wide\u3000 ".strip()))
