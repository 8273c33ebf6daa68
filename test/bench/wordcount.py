# Count 200,000 deterministically generated words in a dict.
syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'so', 'ta', 'vi']
seed = 7
counts = {}
for _ in range(200000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    word = syllables[(seed >> 16) % 8] + syllables[(seed >> 19) % 8] + syllables[(seed >> 22) % 8 % (1 + (seed >> 27) % 8)]
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(len(counts), top)
