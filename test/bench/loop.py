# A numeric while-loop of 5,000,000 iterations: the evaluator's inner loop.
i = 0
total = 0
while i < 5000000:
    total += i % 7
    i += 1
print(total)
