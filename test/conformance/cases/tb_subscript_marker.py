matrix = [[1, 2, 3], [4, 5, 6]]
row = 1
col = 5
print(matrix[row][col - 4])
print(matrix[row][col])
