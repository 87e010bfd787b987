import Foundation

/// What the host of this virtual machine took away: the "steal" time of /proc/stat, in
/// milliseconds over every CPU. On a shared machine a key's p99 can be a moment the CPU was
/// elsewhere; this says how much such time a run had. nil where there is no /proc/stat.
enum MachineSteal {
  static func total() -> Double? {
    guard let text = try? String(contentsOfFile: "/proc/stat", encoding: .utf8),
      let line = text.split(separator: "\n").first, line.hasPrefix("cpu ")
    else { return nil }
    // cpu user nice system idle iowait irq softirq steal …, in ticks of 10 ms.
    let fields = line.split(separator: " ").dropFirst().compactMap { Double($0) }
    guard fields.count >= 8 else { return nil }
    return fields[7] * 10
  }
}
