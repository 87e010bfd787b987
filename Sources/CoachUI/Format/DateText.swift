import CoachCore
import Foundation

/// Dates the local way: “za 21 nov 2026” in Dutch, “Sat, 21 Nov 2026” in English (or the
/// variant of the user's own locale when it speaks the same language).
public struct DateText: Equatable, Sendable {
  public let localeIdentifier: String
  public let timeZone: TimeZone

  public init(localeIdentifier: String, timeZone: TimeZone) {
    self.localeIdentifier = localeIdentifier
    self.timeZone = timeZone
  }

  /// nl_BE or en_GB, unless the environment's locale is a variant of `language`.
  public static func locale(for language: Language, environment: [String: String]) -> String {
    for key in ["LC_ALL", "LC_TIME", "LANG"] {
      guard let value = environment[key], !value.isEmpty else { continue }
      let identifier = String(value.prefix(while: { $0 != "." && $0 != "@" }))
      if identifier.lowercased().hasPrefix(language.rawValue + "_") { return identifier }
      break
    }
    return language == .nl ? "nl_BE" : "en_GB"
  }

  /// Weekday, day, month, year: “di 8 dec 2026”, “Tue 8 Dec 2026”. Built from the same
  /// parts as `dayInYear`, so a date reads the same everywhere (no comma in one place only).
  public func day(_ day: CalendarDay) -> String {
    format(day, template: "EEEdMMM") + " " + format(day, template: "yyyy")
  }

  /// Day, month, year, without the weekday.
  public func shortDay(_ day: CalendarDay) -> String {
    format(day, template: "dMMMyyyy")
  }

  /// Weekday, day and month; the year only when it is not `today`'s (lists of meetings).
  public func dayInYear(_ day: CalendarDay, today: CalendarDay) -> String {
    day.year == today.year ? format(day, template: "EEEdMMM") : self.day(day)
  }

  public func monthYear(_ day: CalendarDay) -> String {
    format(day, template: "MMMyyyy")
  }

  private func format(_ day: CalendarDay, template: String) -> String {
    FormatterCache.shared.text(
      of: day, locale: localeIdentifier, timeZone: timeZone, template: template)
  }
}

/// Making a DateFormatter costs far more than using one, and using one costs far more than
/// looking up what it gave before: a screen of meetings or agreements formats the same few
/// hundred days on every key. Formatting happens under the lock, as a formatter is not
/// safe to share between threads (the search formats on its own thread).
private final class FormatterCache: @unchecked Sendable {
  static let shared = FormatterCache()
  /// A coach's screens show a few thousand days at most; past this the texts start over.
  private static let textLimit = 20_000
  private let lock = NSLock()
  private var formatters: [FormatterKey: DateFormatter] = [:]
  private var texts: [TextKey: String] = [:]

  private struct FormatterKey: Hashable {
    let locale: String
    let timeZone: TimeZone
    let template: String
  }

  private struct TextKey: Hashable {
    let formatter: FormatterKey
    let day: CalendarDay
  }

  func text(of day: CalendarDay, locale: String, timeZone: TimeZone, template: String)
    -> String
  {
    let key = TextKey(
      formatter: FormatterKey(locale: locale, timeZone: timeZone, template: template), day: day)
    lock.lock()
    defer { lock.unlock() }
    if let text = texts[key] { return text }
    let text = formatter(key.formatter).string(from: day.date(in: timeZone))
    if texts.count >= Self.textLimit { texts.removeAll(keepingCapacity: true) }
    texts[key] = text
    return text
  }

  private func formatter(_ key: FormatterKey) -> DateFormatter {
    if let formatter = formatters[key] { return formatter }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: key.locale)
    formatter.timeZone = key.timeZone
    formatter.setLocalizedDateFormatFromTemplate(key.template)
    formatters[key] = formatter
    return formatter
  }
}
