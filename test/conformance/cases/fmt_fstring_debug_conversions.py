x = 10
name = "memsnake"
items = [1, "two"]
print(f"{x=}")
print(f"{x = }")
print(f"{x*2=}")
print(f"{name=!s}, {name!r}, {name!s}")
print(f"{items=}")
print(f"{x=:>5}")
print(f"{'é'!r} {'é'}")
print(f"{{literal braces}} {x}{{}}")
print(f"{3.0=}", f"{None=}")
print(f"""multi
{x}
line""")
print(f"{x:{'>'}{5}}")
