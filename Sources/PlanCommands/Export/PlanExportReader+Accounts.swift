import PlanStore

/// Reading the account structure, the opportunity map and the relationship maps.
extension PlanExportReader {
  typealias Item = (path: String, value: JSONValue)

  /// The account at `item`, checked field by field.
  func account(_ item: Item) throws(ExportProblem) -> PlanSnapshot.Account {
    let fields = try record(
      item,
      [
        "key", "name", "parent", "kind", "segment", "targeted", "industry", "external_ref",
        "updated_at",
      ])
    var account = PlanSnapshot.Account()
    account.name = try fields.required("name")
    account.parent = try fields.reference("parent", keys("account"), kind: "account")
    account.kind = try fields.choice("kind", Account.kinds, "account")
    account.segment = try fields.optionalChoice("segment", Account.segments)
    account.targeted = try fields.flag("targeted")
    account.industry = try fields.text("industry")
    account.externalRef = try fields.optionalText("external_ref")
    account.updatedAt = try fields.timestamp("updated_at")
    return account
  }

  /// The solution at `item`, checked field by field.
  func solution(_ item: Item) throws(ExportProblem) -> PlanSnapshot.Solution {
    let fields = try record(item, ["key", "name", "family", "targeted", "external_ref"])
    var solution = PlanSnapshot.Solution()
    solution.name = try fields.required("name")
    solution.family = try fields.text("family")
    solution.targeted = try fields.flag("targeted")
    solution.externalRef = try fields.optionalText("external_ref")
    return solution
  }

  /// The opportunity at `item`, checked field by field.
  func opportunity(_ item: Item) throws(ExportProblem) -> PlanSnapshot.Opportunity {
    let fields = try record(
      item,
      [
        "key", "name", "account", "solution", "amount_minor", "close_date", "stage", "status",
        "owner", "external_ref", "updated_at",
      ])
    var opportunity = PlanSnapshot.Opportunity()
    opportunity.name = try fields.required("name")
    opportunity.account = try fields.reference("account", keys("account"), kind: "account")
    opportunity.solution = try fields.reference("solution", keys("solution"), kind: "solution")
    opportunity.amountMinor = try fields.integer("amount_minor")
    opportunity.closeDate = try fields.date("close_date")
    opportunity.stage = try fields.text("stage")
    opportunity.status = try fields.choice("status", Opportunity.statuses, "potential")
    opportunity.owner = try fields.text("owner")
    opportunity.externalRef = try fields.optionalText("external_ref")
    opportunity.updatedAt = try fields.timestamp("updated_at")
    return opportunity
  }

  /// The landscape at `item`, checked field by field.
  func landscape(_ item: Item) throws(ExportProblem) -> PlanSnapshot.LandscapeCell {
    let fields = try record(
      item,
      [
        "account", "solution", "spend_minor", "our_share", "competitors",
      ])
    var cell = PlanSnapshot.LandscapeCell()
    cell.account = try fields.requiredReference("account", keys("account"), kind: "account")
    cell.solution = try fields.requiredReference("solution", keys("solution"), kind: "solution")
    cell.spendMinor = try fields.integer("spend_minor")
    cell.ourShare = try fields.integer("our_share")
    if !(0...100).contains(cell.ourShare) {
      throw fields.problem("our_share", "a share is a percentage from 0 to 100")
    }
    cell.competitors = try fields.text("competitors")
    return cell
  }

  /// The contact at `item`, checked field by field.
  func contact(_ item: Item) throws(ExportProblem) -> PlanSnapshot.Contact {
    let fields = try record(
      item,
      [
        "key", "name", "account", "title", "email", "phone", "reports_to", "support",
        "political", "coverage", "kind", "orientation", "external_ref", "updated_at",
      ])
    var contact = PlanSnapshot.Contact()
    contact.name = try fields.required("name")
    contact.account = try fields.reference("account", keys("account"), kind: "account")
    contact.title = try fields.text("title")
    contact.email = try fields.text("email")
    contact.phone = try fields.text("phone")
    contact.reportsTo = try fields.reference("reports_to", keys("contact"), kind: "contact")
    contact.support = try fields.optionalChoice("support", Contact.supportLevels)
    contact.political = try fields.optionalChoice("political", Contact.politicalStatuses)
    contact.coverage = try fields.optionalChoice("coverage", Contact.coverageLevels)
    contact.kind = try fields.choice("kind", Contact.kinds, "contact")
    contact.orientation = try fields.optionalChoice("orientation", Contact.orientations)
    contact.externalRef = try fields.optionalText("external_ref")
    contact.updatedAt = try fields.timestamp("updated_at")
    return contact
  }

  /// The relationship at `item`, checked field by field.
  func relationship(_ item: Item) throws(ExportProblem) -> PlanSnapshot.Relationship {
    let fields = try record(item, ["contact", "member", "current", "desired"])
    var relationship = PlanSnapshot.Relationship()
    relationship.contact = try fields.requiredReference(
      "contact", keys("contact"), kind: "contact")
    relationship.member = try fields.required("member")
    relationship.current = try fields.optionalChoice("current", PlanStore.relationshipLevels)
    relationship.desired = try fields.optionalChoice("desired", PlanStore.relationshipLevels)
    return relationship
  }

  /// The line at `item`, checked field by field.
  func line(_ item: Item) throws(ExportProblem) -> PlanSnapshot.ContactLine {
    let fields = try record(item, ["from", "to", "kind"])
    var line = PlanSnapshot.ContactLine()
    line.from = try fields.requiredReference("from", keys("contact"), kind: "contact")
    line.to = try fields.requiredReference("to", keys("contact"), kind: "contact")
    if line.from == line.to { throw fields.problem("to", "a line joins two different contacts") }
    line.kind = try fields.choice("kind", ["influence", "conflict"], "influence")
    return line
  }

  /// The answer at `item`, checked field by field.
  func answer(_ item: Item) throws(ExportProblem) -> PlanSnapshot.Answer {
    let fields = try record(item, ["account", "question", "rating", "text", "updated_at"])
    var answer = PlanSnapshot.Answer()
    answer.account = try fields.reference("account", keys("account"), kind: "account")
    answer.question = try fields.required("question")
    let ratings = ["favourable", "unknown", "unfavourable"]
    answer.rating = try fields.optionalChoice("rating", ratings).flatMap {
      DetailAnswer.ratings[$0]
    }
    answer.text = try fields.text("text")
    answer.updatedAt = try fields.timestamp("updated_at")
    return answer
  }
}
