import Dispatch
import Foundation
import Synchronization

/// A community's meetings, agreements and checklist rounds as last written, each beside the
/// value it was written from: the next save writes anew only those that changed, and copies
/// the others' XML. A coach saves after each change during a meeting, and these records are
/// nearly all of a file (half a megabyte after a few years).
struct WrittenParts: Sendable {
  /// The kept keys the parts were written with: other kept keys, other parts.
  let residue: Residue
  private(set) var meetings: [UUID: Part<Meeting>] = [:]
  private(set) var agreements: [UUID: Part<Agreement>] = [:]
  private(set) var rounds: [UUID: Part<ChecklistRound>] = [:]
  /// How many records the last update wrote anew (the others were taken over).
  private(set) var writtenAnew = 0
  /// The bytes of all parts: nearly all of the file.
  private(set) var byteCount = 0

  struct Part<Value: WrittenAlike & Sendable>: Sendable {
    let value: Value
    let xml: PlistFragment

    /// The XML, if `value` is written as this part's value was.
    func xml(for value: Value) -> PlistFragment? {
      value.isWrittenAlike(self.value) ? xml : nil
    }
  }

  /// Where a meeting, an agreement or a round sits in a file: the file's dictionary (0), the
  /// community (1), its list (2), the record (3).
  static let recordIndent = 3

  init(residue: Residue) { self.residue = residue }

  /// The parts of `community` as it is now: the unchanged taken over from `self`, the others
  /// written, on every core at once (the first save after reading writes them all). Parts of
  /// records no longer there are left behind.
  func updated(for community: Community, residue: Residue) -> WrittenParts {
    let reusable = residue == self.residue
    var result = WrittenParts(residue: residue)
    let meetings = Self.unchanged(community.meetings, in: reusable ? self.meetings : [:])
    let agreements = Self.unchanged(community.agreements, in: reusable ? self.agreements : [:])
    let rounds = Self.unchanged(community.checklistRounds, in: reusable ? self.rounds : [:])
    (result.meetings, result.agreements, result.rounds) =
      (meetings.parts, agreements.parts, rounds.parts)
    let work =
      meetings.changed.map(Record.meeting) + agreements.changed.map(Record.agreement)
      + rounds.changed.map(Record.round)
    let written = Self.write(work, of: community, with: CommunityWriter(residue: residue))
    for (record, xml) in zip(work, written) {
      switch record {
      case .meeting(let index):
        let meeting = community.meetings[index]
        result.meetings[meeting.id] = Part(value: meeting, xml: xml)
      case .agreement(let index):
        let agreement = community.agreements[index]
        result.agreements[agreement.id] = Part(value: agreement, xml: xml)
      case .round(let index):
        let round = community.checklistRounds[index]
        result.rounds[round.id] = Part(value: round, xml: xml)
      }
    }
    result.writtenAnew = work.count
    result.byteCount =
      result.meetings.values.reduce(0) { $0 + $1.xml.bytes.count }
      + result.agreements.values.reduce(0) { $0 + $1.xml.bytes.count }
      + result.rounds.values.reduce(0) { $0 + $1.xml.bytes.count }
    return result
  }

  /// The parts in `old` that `records` can take over as they are, and the places of the
  /// records that must be written anew.
  private static func unchanged<Value: Identifiable<UUID>>(
    _ records: [Value], in old: [UUID: Part<Value>]
  ) -> (parts: [UUID: Part<Value>], changed: [Int]) {
    var parts: [UUID: Part<Value>] = [:]
    parts.reserveCapacity(records.count)
    var changed: [Int] = []
    for (index, record) in records.enumerated() {
      if let part = old[record.id], part.xml(for: record) != nil {
        parts[record.id] = part
      } else {
        changed.append(index)
      }
    }
    return (parts, changed)
  }

  private enum Record: Sendable {
    case meeting(Int)
    case agreement(Int)
    case round(Int)
  }

  /// The XML of each record in `work`, in its order. Records are dealt out in turn to one
  /// thread per core, so that each gets a share of the long meetings and the short agreements.
  private static func write(
    _ work: [Record], of community: Community, with writer: CommunityWriter
  ) -> [PlistFragment] {
    @Sendable func xml(_ record: Record) -> PlistFragment {
      let value =
        switch record {
        case .meeting(let index): writer.meeting(community.meetings[index])
        case .agreement(let index): writer.agreement(community.agreements[index])
        case .round(let index):
          ChecklistRoundWriter(residue: writer.residue).round(community.checklistRounds[index])
        }
      return PlistXMLWriter.fragment(value, indent: recordIndent)
    }
    // Below a few dozen records a thread costs more than it saves.
    let threads = min(ProcessInfo.processInfo.activeProcessorCount, work.count / 32)
    guard threads > 1 else { return work.map(xml) }
    let shares = Mutex([[PlistFragment]](repeating: [], count: threads))
    DispatchQueue.concurrentPerform(iterations: threads) { thread in
      let share = stride(from: thread, to: work.count, by: threads).map { xml(work[$0]) }
      shares.withLock { $0[thread] = share }
    }
    let dealt = shares.withLock { $0 }
    return work.indices.map { dealt[$0 % threads][$0 / threads] }
  }
}
