print("before")
doc = """starts here
and continues
print(doc)
