import pytest

from .factories import AlbumPageFactory, AlbumPhotoFactory, AlbumVideoFactory, GalleryIndexPageFactory


@pytest.fixture
def gallery(portal):
    return GalleryIndexPageFactory(parent=portal.home, show_in_menus=True)


@pytest.fixture
def album(gallery):
    album = AlbumPageFactory(parent=gallery, title="Hỗ trợ bà con vùng lũ")
    for number in range(3):
        AlbumPhotoFactory(page=album, caption=f"Ảnh số {number + 1}", sort_order=number)
    AlbumVideoFactory(page=album)
    return album
