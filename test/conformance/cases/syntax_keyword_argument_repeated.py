print(sep="", sep=" ")
