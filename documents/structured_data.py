"""A document as schema.org's Legislation, for search engines."""

LEGAL_FORCE = {
    "con-hieu-luc": "https://schema.org/InForce",
    "het-hieu-luc-mot-phan": "https://schema.org/PartiallyInForce",
    "het-hieu-luc": "https://schema.org/NotInForce",
    "bi-thay-the": "https://schema.org/NotInForce",
}


def legislation(document, attachments, request, unit, url):
    data = {
        "@context": "https://schema.org",
        "@type": "Legislation",
        "name": f"{document.document_type.name} {document.number}",
        "description": document.title,
        "legislationIdentifier": document.number,
        "legislationType": document.document_type.name,
        "legislationDate": document.issued_on.isoformat(),
        "legislationPassedBy": {"@type": "GovernmentOrganization", "name": document.issuer.name},
        "legislationLegalForce": LEGAL_FORCE[document.status],
        "inLanguage": "vi",
        "url": url,
    }
    if document.effective_on:
        data["legislationDateVersion"] = document.effective_on.isoformat()
    if document.signer:
        data["legislationResponsible"] = {"@type": "Person", "name": document.signer}
    if document.field_id:
        data["about"] = document.field.name
    if unit.name:
        data["legislationJurisdiction"] = {"@type": "AdministrativeArea", "name": unit.name}
    if document.national_database_url:
        data["sameAs"] = document.national_database_url
    if attachments:
        data["encoding"] = [
            {
                "@type": "MediaObject",
                "name": attachment.name,
                "contentUrl": request.build_absolute_uri(attachment.document.url),
                "encodingFormat": attachment.document.content_type,
                "contentSize": str(attachment.document.get_file_size() or ""),
            }
            for attachment in attachments
        ]
    return data
