import Glibc

/// The CPU time of the calling thread, in milliseconds: time it ran, not time it waited for
/// a CPU, nor (with the kernel's steal accounting) time the host took away.
func threadCPUTime() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
  return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1_000_000
}
