n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 4; print(n)
n //= 5; print(n)
n %= 4; print(n)
n **= 3; print(n)
n /= 2; print(n)
m = 0b1100
m &= 0b1010; print(m)
m |= 0b0001; print(m)
m ^= 0b1111; print(m)
m <<= 3; print(m)
m >>= 1; print(m)
s = "ab"
s *= 3; print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
