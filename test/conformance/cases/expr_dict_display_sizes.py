# Dict displays: chunks of 15 pairs presized, 17 grown by insertion and merged, ** merged (3.11 compiler_dict).
import sys
a = 1
m = {'q': 1, 'r': 2}
d = {a+0: a}
print(1, sys.getsizeof(d), len(d))
d = {'k0': a}
print(1, 'str', sys.getsizeof(d), len(d))
d = {a+0: a, a+1: a, a+2: a, a+3: a, a+4: a}
print(5, sys.getsizeof(d), len(d))
d = {'k0': a, 'k1': a, 'k2': a, 'k3': a, 'k4': a}
print(5, 'str', sys.getsizeof(d), len(d))
d = {a+0: a, a+1: a, a+2: a, a+3: a, a+4: a, a+5: a}
print(6, sys.getsizeof(d), len(d))
d = {'k0': a, 'k1': a, 'k2': a, 'k3': a, 'k4': a, 'k5': a}
print(6, 'str', sys.getsizeof(d), len(d))
d = {a+0: a, a+1: a, a+2: a, a+3: a, a+4: a, a+5: a, a+6: a, a+7: a, a+8: a, a+9: a, a+10: a, a+11: a, a+12: a, a+13: a, a+14: a}
print(15, sys.getsizeof(d), len(d))
d = {'k0': a, 'k1': a, 'k2': a, 'k3': a, 'k4': a, 'k5': a, 'k6': a, 'k7': a, 'k8': a, 'k9': a, 'k10': a, 'k11': a, 'k12': a, 'k13': a, 'k14': a}
print(15, 'str', sys.getsizeof(d), len(d))
d = {a+0: a, a+1: a, a+2: a, a+3: a, a+4: a, a+5: a, a+6: a, a+7: a, a+8: a, a+9: a, a+10: a, a+11: a, a+12: a, a+13: a, a+14: a, a+15: a}
print(16, sys.getsizeof(d), len(d))
d = {'k0': a, 'k1': a, 'k2': a, 'k3': a, 'k4': a, 'k5': a, 'k6': a, 'k7': a, 'k8': a, 'k9': a, 'k10': a, 'k11': a, 'k12': a, 'k13': a, 'k14': a, 'k15': a}
print(16, 'str', sys.getsizeof(d), len(d))
d = {a+0: a, a+1: a, a+2: a, a+3: a, a+4: a, a+5: a, a+6: a, a+7: a, a+8: a, a+9: a, a+10: a, a+11: a, a+12: a, a+13: a, a+14: a, a+15: a, a+16: a}
print(17, sys.getsizeof(d), len(d))
d = {'k0': a, 'k1': a, 'k2': a, 'k3': a, 'k4': a, 'k5': a, 'k6': a, 'k7': a, 'k8': a, 'k9': a, 'k10': a, 'k11': a, 'k12': a, 'k13': a, 'k14': a, 'k15': a, 'k16': a}
print(17, 'str', sys.getsizeof(d), len(d))
d = {a+0: a, a+1: a, a+2: a, a+3: a, a+4: a, a+5: a, a+6: a, a+7: a, a+8: a, a+9: a, a+10: a, a+11: a, a+12: a, a+13: a, a+14: a, a+15: a, a+16: a, a+17: a}
print(18, sys.getsizeof(d), len(d))
d = {'k0': a, 'k1': a, 'k2': a, 'k3': a, 'k4': a, 'k5': a, 'k6': a, 'k7': a, 'k8': a, 'k9': a, 'k10': a, 'k11': a, 'k12': a, 'k13': a, 'k14': a, 'k15': a, 'k16': a, 'k17': a}
print(18, 'str', sys.getsizeof(d), len(d))
d = {a+0: a, a+1: a, a+2: a, a+3: a, a+4: a, a+5: a, a+6: a, a+7: a, a+8: a, a+9: a, a+10: a, a+11: a, a+12: a, a+13: a, a+14: a, a+15: a, a+16: a, a+17: a, a+18: a, a+19: a}
print(20, sys.getsizeof(d), len(d))
d = {'k0': a, 'k1': a, 'k2': a, 'k3': a, 'k4': a, 'k5': a, 'k6': a, 'k7': a, 'k8': a, 'k9': a, 'k10': a, 'k11': a, 'k12': a, 'k13': a, 'k14': a, 'k15': a, 'k16': a, 'k17': a, 'k18': a, 'k19': a}
print(20, 'str', sys.getsizeof(d), len(d))
d = {a+0: a, a+1: a, a+2: a, a+3: a, a+4: a, a+5: a, a+6: a, a+7: a, a+8: a, a+9: a, a+10: a, a+11: a, a+12: a, a+13: a, a+14: a, a+15: a, a+16: a, a+17: a, a+18: a, a+19: a, a+20: a, a+21: a, a+22: a, a+23: a, a+24: a, a+25: a, a+26: a, a+27: a, a+28: a, a+29: a, a+30: a, a+31: a, a+32: a}
print(33, sys.getsizeof(d), len(d))
d = {'k0': a, 'k1': a, 'k2': a, 'k3': a, 'k4': a, 'k5': a, 'k6': a, 'k7': a, 'k8': a, 'k9': a, 'k10': a, 'k11': a, 'k12': a, 'k13': a, 'k14': a, 'k15': a, 'k16': a, 'k17': a, 'k18': a, 'k19': a, 'k20': a, 'k21': a, 'k22': a, 'k23': a, 'k24': a, 'k25': a, 'k26': a, 'k27': a, 'k28': a, 'k29': a, 'k30': a, 'k31': a, 'k32': a}
print(33, 'str', sys.getsizeof(d), len(d))
d = {a+0: a, a+1: a, a+2: a, a+3: a, a+4: a, a+5: a, a+6: a, a+7: a, a+8: a, a+9: a, a+10: a, a+11: a, a+12: a, a+13: a, a+14: a, a+15: a, a+16: a, a+17: a, a+18: a, a+19: a, a+20: a, a+21: a, a+22: a, a+23: a, a+24: a, a+25: a, a+26: a, a+27: a, a+28: a, a+29: a, a+30: a, a+31: a, a+32: a, a+33: a}
print(34, sys.getsizeof(d), len(d))
d = {'k0': a, 'k1': a, 'k2': a, 'k3': a, 'k4': a, 'k5': a, 'k6': a, 'k7': a, 'k8': a, 'k9': a, 'k10': a, 'k11': a, 'k12': a, 'k13': a, 'k14': a, 'k15': a, 'k16': a, 'k17': a, 'k18': a, 'k19': a, 'k20': a, 'k21': a, 'k22': a, 'k23': a, 'k24': a, 'k25': a, 'k26': a, 'k27': a, 'k28': a, 'k29': a, 'k30': a, 'k31': a, 'k32': a, 'k33': a}
print(34, 'str', sys.getsizeof(d), len(d))
d = {a+0: a, a+1: a, a+2: a, a+3: a, a+4: a, a+5: a, a+6: a, a+7: a, a+8: a, a+9: a, a+10: a, a+11: a, a+12: a, a+13: a, a+14: a, a+15: a, a+16: a, a+17: a, a+18: a, a+19: a, a+20: a, a+21: a, a+22: a, a+23: a, a+24: a, a+25: a, a+26: a, a+27: a, a+28: a, a+29: a, a+30: a, a+31: a, a+32: a, a+33: a, a+34: a}
print(35, sys.getsizeof(d), len(d))
d = {'k0': a, 'k1': a, 'k2': a, 'k3': a, 'k4': a, 'k5': a, 'k6': a, 'k7': a, 'k8': a, 'k9': a, 'k10': a, 'k11': a, 'k12': a, 'k13': a, 'k14': a, 'k15': a, 'k16': a, 'k17': a, 'k18': a, 'k19': a, 'k20': a, 'k21': a, 'k22': a, 'k23': a, 'k24': a, 'k25': a, 'k26': a, 'k27': a, 'k28': a, 'k29': a, 'k30': a, 'k31': a, 'k32': a, 'k33': a, 'k34': a}
print(35, 'str', sys.getsizeof(d), len(d))
d = {a+0: a, a+1: a, a+2: a, a+3: a, a+4: a, a+5: a, a+6: a, a+7: a, a+8: a, a+9: a, a+10: a, a+11: a, a+12: a, a+13: a, a+14: a, a+15: a, a+16: a, a+17: a, a+18: a, a+19: a, a+20: a, a+21: a, a+22: a, a+23: a, a+24: a, a+25: a, a+26: a, a+27: a, a+28: a, a+29: a, a+30: a, a+31: a, a+32: a, a+33: a, a+34: a, a+35: a, a+36: a, a+37: a, a+38: a, a+39: a}
print(40, sys.getsizeof(d), len(d))
d = {'k0': a, 'k1': a, 'k2': a, 'k3': a, 'k4': a, 'k5': a, 'k6': a, 'k7': a, 'k8': a, 'k9': a, 'k10': a, 'k11': a, 'k12': a, 'k13': a, 'k14': a, 'k15': a, 'k16': a, 'k17': a, 'k18': a, 'k19': a, 'k20': a, 'k21': a, 'k22': a, 'k23': a, 'k24': a, 'k25': a, 'k26': a, 'k27': a, 'k28': a, 'k29': a, 'k30': a, 'k31': a, 'k32': a, 'k33': a, 'k34': a, 'k35': a, 'k36': a, 'k37': a, 'k38': a, 'k39': a}
print(40, 'str', sys.getsizeof(d), len(d))
print(sys.getsizeof({**m}), sys.getsizeof({'x': 1, **m}), sys.getsizeof({**m, 'x': 1}), {**m, 'q': 5})
try:
    {**1}
except TypeError as e:
    print(e)
class M:
    def keys(self): return ['z']
    def __getitem__(self, k): return 42
print({**M(), 'a': 0})
