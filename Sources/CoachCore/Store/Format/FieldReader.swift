import Foundation

/// Reads the fields of one stored dictionary. Every value is checked: one that is missing
/// takes its default (older files lack newer fields), one of the wrong type or outside its
/// range takes its default too and is reported as a repair. Nothing here traps.
struct FieldReader {
  let fields: PlistDictionary
  let place: StoredRepair.Place
  let log: ReadLog

  init?(_ value: PlistValue?, place: StoredRepair.Place, log: ReadLog) {
    guard let fields = value?.dictionary else { return nil }
    self.fields = fields
    self.place = place
    self.log = log
  }

  func has(_ key: String) -> Bool { fields[key] != nil }

  /// The value of `key` if it has the right type; a wrong one is reported.
  func value<T>(_ key: String, _ extract: (PlistValue) -> T?) -> T? {
    guard let raw = fields[key] else { return nil }
    if let value = extract(raw) { return value }
    log.repair(place, .valueReset(field: key))
    return nil
  }

  /// One line of text, cleaned and at most `limit` characters.
  func line(_ key: String, limit: Int = StoredLimits.line) -> String? {
    value(key, \.string).map { cleaned(key, $0, TextCleaning.line, limit: limit) }
  }

  /// Text of several lines, cleaned and at most `limit` characters.
  func text(_ key: String, limit: Int = StoredLimits.text) -> String? {
    value(key, \.string).map { cleaned(key, $0, TextCleaning.multiline, limit: limit) }
  }

  private func cleaned(
    _ key: String, _ raw: String, _ clean: (String) -> String, limit: Int
  ) -> String {
    var result = clean(raw)
    // Cleaned again after cutting: the cut may end in white space.
    // Counting characters walks the whole text: the bytes are counted first, and a text of
    // no more bytes than `limit` cannot have more characters.
    if result.utf8.count > limit, result.count > limit {
      result = clean(String(result.prefix(limit)))
    }
    if result != raw { log.repair(place, .textCleaned(field: key)) }
    return result
  }

  func uuid(_ key: String) -> UUID? {
    value(key, \.uuid)
  }

  func day(_ key: String) -> CalendarDay? {
    value(key) { $0.string.flatMap { CalendarDay(iso: $0) } }
  }

  func time(_ key: String) -> TimeOfDay? {
    value(key) { $0.string.flatMap { TimeOfDay(text: $0) } }
  }

  /// An instant within the years a coach can mean (1970–2200).
  func date(_ key: String) -> Date? {
    value(key) { raw in
      raw.date.flatMap { StoredLimits.instants.contains($0.timeIntervalSince1970) ? $0 : nil }
    }
  }

  /// A whole number; outside `range` it is brought to the nearest end and reported.
  func integer(_ key: String, in range: ClosedRange<Int>) -> Int? {
    guard let number = value(key, \.integer) else { return nil }
    let limited = min(max(number, range.lowerBound), range.upperBound)
    if limited != number { log.repair(place, .valueLimited(field: key)) }
    return limited
  }

  func enumeration<E: RawRepresentable>(_ key: String, _ type: E.Type) -> E?
  where E.RawValue == String {
    value(key) { $0.string.flatMap(E.init(rawValue:)) }
  }

  func array(_ key: String) -> [PlistValue]? { value(key, \.array) }

  func dictionary(_ key: String) -> PlistDictionary? { value(key, \.dictionary) }

  /// A list of single lines; entries that are not text are left out and reported.
  func lines(_ key: String, limit: Int = StoredLimits.line) -> [String]? {
    guard let items = array(key) else { return nil }
    var result: [String] = []
    for item in items {
      guard let text = item.string else {
        log.repair(place, .valueReset(field: key))
        continue
      }
      let clean = cleaned(key, text, TextCleaning.line, limit: limit)
      if !clean.isEmpty { result.append(clean) }
    }
    return result
  }

  /// Keeps the keys this version does not read, for writing back.
  func keepUnknown(known: PlistKeySet, at path: @autoclosure () -> String) {
    log.residue.keep(fields, known: known, at: path())
  }
}

/// What a stored value may be. Generous: only what would break the program is cut.
enum StoredLimits {
  static let line = 20_000
  static let text = 1_000_000
  static let instants: ClosedRange<Double> = 0...7_258_118_400  // 1970 to 2200
  static let agreementNumbers = 1...1_000_000
}
