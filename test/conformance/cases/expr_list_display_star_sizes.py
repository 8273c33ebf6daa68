# List/tuple displays with a star or more than 30 items are built by append/extend (starunpack_helper).
import sys
a = 1
t = (1, 2, 3)
print(sys.getsizeof([*t]), sys.getsizeof([0, *t]), sys.getsizeof([*t, 0]), sys.getsizeof([0, 1, *t, 2, *t]))
print(sys.getsizeof((*t, 0)), (*t, 0), [*t, *"ab"])
print(29, sys.getsizeof([a+0, a+1, a+2, a+3, a+4, a+5, a+6, a+7, a+8, a+9, a+10, a+11, a+12, a+13, a+14, a+15, a+16, a+17, a+18, a+19, a+20, a+21, a+22, a+23, a+24, a+25, a+26, a+27, a+28]))
print(29, sys.getsizeof((a+0, a+1, a+2, a+3, a+4, a+5, a+6, a+7, a+8, a+9, a+10, a+11, a+12, a+13, a+14, a+15, a+16, a+17, a+18, a+19, a+20, a+21, a+22, a+23, a+24, a+25, a+26, a+27, a+28,)))
print(30, sys.getsizeof([a+0, a+1, a+2, a+3, a+4, a+5, a+6, a+7, a+8, a+9, a+10, a+11, a+12, a+13, a+14, a+15, a+16, a+17, a+18, a+19, a+20, a+21, a+22, a+23, a+24, a+25, a+26, a+27, a+28, a+29]))
print(30, sys.getsizeof((a+0, a+1, a+2, a+3, a+4, a+5, a+6, a+7, a+8, a+9, a+10, a+11, a+12, a+13, a+14, a+15, a+16, a+17, a+18, a+19, a+20, a+21, a+22, a+23, a+24, a+25, a+26, a+27, a+28, a+29,)))
print(31, sys.getsizeof([a+0, a+1, a+2, a+3, a+4, a+5, a+6, a+7, a+8, a+9, a+10, a+11, a+12, a+13, a+14, a+15, a+16, a+17, a+18, a+19, a+20, a+21, a+22, a+23, a+24, a+25, a+26, a+27, a+28, a+29, a+30]))
print(31, sys.getsizeof((a+0, a+1, a+2, a+3, a+4, a+5, a+6, a+7, a+8, a+9, a+10, a+11, a+12, a+13, a+14, a+15, a+16, a+17, a+18, a+19, a+20, a+21, a+22, a+23, a+24, a+25, a+26, a+27, a+28, a+29, a+30,)))
print(32, sys.getsizeof([a+0, a+1, a+2, a+3, a+4, a+5, a+6, a+7, a+8, a+9, a+10, a+11, a+12, a+13, a+14, a+15, a+16, a+17, a+18, a+19, a+20, a+21, a+22, a+23, a+24, a+25, a+26, a+27, a+28, a+29, a+30, a+31]))
print(32, sys.getsizeof((a+0, a+1, a+2, a+3, a+4, a+5, a+6, a+7, a+8, a+9, a+10, a+11, a+12, a+13, a+14, a+15, a+16, a+17, a+18, a+19, a+20, a+21, a+22, a+23, a+24, a+25, a+26, a+27, a+28, a+29, a+30, a+31,)))
print(40, sys.getsizeof([a+0, a+1, a+2, a+3, a+4, a+5, a+6, a+7, a+8, a+9, a+10, a+11, a+12, a+13, a+14, a+15, a+16, a+17, a+18, a+19, a+20, a+21, a+22, a+23, a+24, a+25, a+26, a+27, a+28, a+29, a+30, a+31, a+32, a+33, a+34, a+35, a+36, a+37, a+38, a+39]))
print(40, sys.getsizeof((a+0, a+1, a+2, a+3, a+4, a+5, a+6, a+7, a+8, a+9, a+10, a+11, a+12, a+13, a+14, a+15, a+16, a+17, a+18, a+19, a+20, a+21, a+22, a+23, a+24, a+25, a+26, a+27, a+28, a+29, a+30, a+31, a+32, a+33, a+34, a+35, a+36, a+37, a+38, a+39,)))
print(50, sys.getsizeof([a+0, a+1, a+2, a+3, a+4, a+5, a+6, a+7, a+8, a+9, a+10, a+11, a+12, a+13, a+14, a+15, a+16, a+17, a+18, a+19, a+20, a+21, a+22, a+23, a+24, a+25, a+26, a+27, a+28, a+29, a+30, a+31, a+32, a+33, a+34, a+35, a+36, a+37, a+38, a+39, a+40, a+41, a+42, a+43, a+44, a+45, a+46, a+47, a+48, a+49]))
print(50, sys.getsizeof((a+0, a+1, a+2, a+3, a+4, a+5, a+6, a+7, a+8, a+9, a+10, a+11, a+12, a+13, a+14, a+15, a+16, a+17, a+18, a+19, a+20, a+21, a+22, a+23, a+24, a+25, a+26, a+27, a+28, a+29, a+30, a+31, a+32, a+33, a+34, a+35, a+36, a+37, a+38, a+39, a+40, a+41, a+42, a+43, a+44, a+45, a+46, a+47, a+48, a+49,)))
try:
    [*1]
except TypeError as e:
    print(e)
