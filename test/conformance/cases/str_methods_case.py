s = "hello World_example 3rd"
print(s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase(), sep="\n")
print("ß".upper(), "ǅ".lower(), "İ".lower() == "i̇")
print("abc".isalpha(), "ab1".isalnum(), "123".isdigit(), "12.3".isdigit(), "".isalpha())
print("   ".isspace(), "Title Case".istitle(), "UP".isupper(), "low".islower(), "x1".isidentifier())
print("²".isdigit(), "²".isdecimal(), "½".isnumeric(), "abc".isascii(), "é".isascii())
print("hello".casefold() == "HELLO".casefold())
