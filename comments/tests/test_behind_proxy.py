"""Residents commenting through the shipped proxies (nginx, then Varnish, then gunicorn on
127.0.0.1) each have their own rate limit, and none escapes it by writing the header."""

from django.test import Client, override_settings

from comments.models import ArticleComment


def behind_the_proxies(resident, claimed=None):
    """A browser at `resident`, seen by gunicorn after nginx and Varnish appended theirs."""
    forwarded = ", ".join([*([claimed] if claimed else []), resident, "127.0.0.1"])
    return Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)


@override_settings(TRUSTED_PROXIES=["127.0.0.1", "::1"], COMMENTS_RATE_LIMIT=1, COMMENTS_RATE_PERIOD=600)
def test_two_residents_behind_the_proxies_have_separate_rate_limits(article, send_comment):
    an, binh = behind_the_proxies("203.0.113.5"), behind_the_proxies("198.51.100.7")

    assert send_comment(article, http_client=an, comment="Góp ý của An").status_code == 303
    assert send_comment(article, http_client=an, comment="Góp ý nữa của An").status_code == 429
    assert send_comment(article, http_client=binh, comment="Góp ý của Bình").status_code == 303

    addresses = dict(ArticleComment.objects.values_list("comment", "ip_address"))
    assert addresses == {"Góp ý của An": "203.0.113.5", "Góp ý của Bình": "198.51.100.7"}


@override_settings(TRUSTED_PROXIES=["127.0.0.1", "::1"], COMMENTS_RATE_LIMIT=1, COMMENTS_RATE_PERIOD=600)
def test_a_resident_who_writes_another_address_in_the_header_keeps_their_own_limit(article, send_comment):
    assert send_comment(article, http_client=behind_the_proxies("203.0.113.5")).status_code == 303

    disguised = behind_the_proxies("203.0.113.5", claimed="192.0.2.44")
    response = send_comment(article, http_client=disguised, comment="Lại là tôi")

    assert response.status_code == 429
    assert "Bạn đã gửi quá nhiều bình luận trong thời gian ngắn." in response.content.decode()


@override_settings(TRUSTED_PROXIES=["127.0.0.1", "::1"], COMMENTS_RATE_LIMIT=1, COMMENTS_RATE_PERIOD=600)
def test_a_forwarded_address_from_a_peer_that_is_not_a_proxy_is_not_believed(article, send_comment):
    direct = Client(REMOTE_ADDR="198.51.100.7", HTTP_X_FORWARDED_FOR="203.0.113.5")

    assert send_comment(article, http_client=direct).status_code == 303
    assert send_comment(article, http_client=Client(REMOTE_ADDR="198.51.100.7")).status_code == 429
    assert ArticleComment.objects.get().ip_address == "198.51.100.7"
