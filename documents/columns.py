"""The register's spreadsheet columns, shared by the CSV export and the import."""

HEADINGS = {
    "number": "Số, ký hiệu",
    "document_type": "Loại văn bản",
    "title": "Trích yếu",
    "issuer": "Cơ quan ban hành",
    "signer": "Người ký",
    "field": "Lĩnh vực",
    "issued_on": "Ngày ban hành",
    "effective_on": "Ngày hiệu lực",
    "status": "Tình trạng hiệu lực",
    "national_database_url": "Đường dẫn CSDL quốc gia",
    "url": "Địa chỉ trên cổng",
    "files": "Tệp đính kèm",
}
