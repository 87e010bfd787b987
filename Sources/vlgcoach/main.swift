print("vlgcoach")
