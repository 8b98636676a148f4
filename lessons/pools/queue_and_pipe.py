"""Beyond map: messages between processes, through a Queue and a Pipe."""
from multiprocessing import Pipe, Process, Queue


def produce(queue, count):
    for i in range(count):
        queue.put(i * i)
    queue.put(None)  # a sentinel: nothing more is coming


def shout(connection):
    connection.send(connection.recv().upper())  # reply on the same pipe
    connection.close()


if __name__ == "__main__":
    queue = Queue()  # many writers and readers may share it
    producer = Process(target=produce, args=(queue, 5))
    producer.start()
    received = []
    while (item := queue.get()) is not None:
        received.append(item)
    producer.join()
    print("through the Queue:", received)

    here, there = Pipe()  # two ends, one for each process
    child = Process(target=shout, args=(there,))
    child.start()
    here.send("hello through a pipe")
    print("through the Pipe:", here.recv())
    child.join()
