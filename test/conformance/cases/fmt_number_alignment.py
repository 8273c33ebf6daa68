rows = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 100)]
print(f"{'name':<10}{'price':>8}{'qty':>5}")
for name, price, qty in rows:
    print(f"{name:<10}{price:>8.2f}{qty:>5d}")
total = sum(p * q for _, p, q in rows)
print(f"{'total':<10}{total:>13,.2f}")
print("{:-^23}".format(" end "))
for v in (0, 7, -7, 1234.5):
    print(f"[{v:>+8}] [{v:<8}] [{v:^8}]")
