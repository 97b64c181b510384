"""A procedure as schema.org's GovernmentService, for search engines."""

from .blocks import Channel, TimeUnit

_DURATION = {
    TimeUnit.HOURS: "PT{}H",
    TimeUnit.WORKING_DAYS: "P{}D",
    TimeUnit.DAYS: "P{}D",
    TimeUnit.MONTHS: "P{}M",
}


def _channel(channel, procedure):
    data = {"@type": "ServiceChannel", "name": str(Channel(channel["channel"]).label)}
    if channel["time_value"] is not None:
        data["processingTime"] = _DURATION[channel["time_unit"]].format(channel["time_value"])
    if channel["channel"] == Channel.ONLINE and procedure.online_url:
        data["serviceUrl"] = procedure.online_url
    if channel["channel"] == Channel.WALK_IN and procedure.submission_address:
        data["serviceLocation"] = {"@type": "Place", "address": procedure.submission_address}
    return data


def government_service(procedure, url, unit):
    provider = procedure.agency.name if procedure.agency else unit.name
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "name": procedure.name,
        "identifier": procedure.code,
        "url": url,
        "serviceType": procedure.field.name,
        "provider": {"@type": "GovernmentOrganization", "name": provider},
        "availableChannel": [_channel(block.value, procedure) for block in procedure.channels],
    }
    if unit.name:
        data["areaServed"] = {"@type": "AdministrativeArea", "name": unit.name}
    if procedure.applicants:
        data["audience"] = {"@type": "Audience", "audienceType": procedure.applicants}
    offers = {
        (fee["name"], fee["amount"])
        for block in procedure.channels
        for fee in block.value["fees"]
        if fee["amount"] is not None
    }
    if offers:
        data["offers"] = [
            {"@type": "Offer", "name": name, "price": amount, "priceCurrency": "VND"}
            for name, amount in sorted(offers)
        ]
    return data
