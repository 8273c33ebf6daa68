print("before exit")
exit()
print("never printed")
