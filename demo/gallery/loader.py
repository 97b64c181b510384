"""The demo's photo library, called by home's load_demo_content: one album of pictures
drawn here (demo.images), so the demo downloads nothing. No sample video: the demo
has no video encoder to make one without the network. Safe to run again."""

import datetime

from django.utils.translation import gettext as _

from core.demo import child
from demo.images import demo_image
from gallery.models import AlbumPage, AlbumPhoto, GalleryIndexPage

PHOTOS = [
    "Lễ ra quân tổng vệ sinh môi trường tại thôn Đông (ảnh mẫu)",
    "Bà con dọn dẹp kênh mương nội đồng (ảnh mẫu)",
    "Đoàn viên thanh niên trồng cây xanh ven đường liên thôn (ảnh mẫu)",
    "Tổng kết đợt ra quân tại nhà văn hóa xã (ảnh mẫu)",
]


def load_gallery_demo(home, stdout):
    gallery, _created = child(
        home, GalleryIndexPage, "Thư viện ảnh – video", slug="thu-vien", show_in_menus=True
    )
    if AlbumPage.objects.child_of(gallery).exists():
        return
    album = AlbumPage(
        title="Ra quân tổng vệ sinh môi trường (album mẫu)",
        slug="ra-quan-tong-ve-sinh-moi-truong",
        date=datetime.date(2025, 3, 26),
        summary="Album mẫu: ảnh minh họa tạo tự động cho dữ liệu mẫu, không phải ảnh thật.",
    )
    album.photos = [
        AlbumPhoto(
            image=demo_image(f"Album mẫu – ảnh {number + 1}", 10 + number),
            caption=caption,
            photographer="Ban Biên tập (ảnh mẫu)",
            taken_on=datetime.date(2025, 3, 26),
            sort_order=number,
        )
        for number, caption in enumerate(PHOTOS)
    ]
    gallery.add_child(instance=album)
    album.save_revision().publish()
    stdout.write(_("Gallery: one sample album (no sample video: none is generated offline)."))
