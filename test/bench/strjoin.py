# String building: many small strings joined, then measured.
parts = []
for i in range(200000):
    parts.append(str(i * 3) + ',')
text = ''.join(parts)
lines = []
for i in range(0, len(text), 80):
    lines.append(text[i:i + 80])
print(len(text), len(lines), '|'.join(lines[:2])[:40])
