message = "hello"
print(message)
print(mesage)
