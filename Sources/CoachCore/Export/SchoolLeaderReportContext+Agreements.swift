/// The agreements of the report's teachers: those still open, those done, and those that
/// went into a next meeting still open, each by the community's status rules.
extension SchoolLeaderReportContext {
  var agreements: [String] {
    let table = AgreementRows(community: community, language: language, words: words, today: today)
    let owned = agreementsOfTeachers
    return [
      DocumentBlocks.section(document.agreements),
      DocumentBlocks.subsection(document.openAgreements),
      DocumentBlocks.table(
        header: table.header, rows: table.rows(table.open(owned)), empty: document.noOpenAgreements),
      DocumentBlocks.subsection(document.doneAgreements),
      DocumentBlocks.table(
        header: table.header, rows: table.rows(table.done(owned)), empty: document.noDoneAgreements),
      DocumentBlocks.subsection(document.carriedOver),
      DocumentBlocks.table(
        header: table.header, rows: table.rows(table.carriedOver(owned)),
        empty: document.noCarriedOver),
    ]
  }
}
