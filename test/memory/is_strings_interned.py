import sys
a = 'hello'
b = 'hello'
print(a is b)
c = 'hello world'
d = 'hello world'
print(c is d)
e = 'hel' + 'lo'
print(e is a)
h = ''.join(['hel', 'lo'])
print(h is a, sys.intern(h) is a)
f = chr(233)
g = chr(233)
print(f is g, chr(256) is chr(256))
print(chr(97) is 'xa'[1], str(7) is str(7))
i1 = 'my_identifier'
i2 = 'my_' + 'identifier'
print(i1 is i2)
