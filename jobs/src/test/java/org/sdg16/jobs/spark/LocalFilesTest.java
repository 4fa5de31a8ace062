package org.sdg16.jobs.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFilesTest {

  @TempDir Path dir;

  @Test
  void foldersAndFilesGetTheirPermissionsWithoutAChmodProcess() throws IOException {
    Configuration conf = new Configuration(false);
    conf.set("fs.file.impl", LocalFiles.class.getName());
    conf.set("fs.permissions.umask-mode", "022");
    conf.setBoolean("fs.file.impl.disable.cache", true);
    FileSystem fs = FileSystem.get(dir.toUri(), conf);
    assertThat(fs).isInstanceOf(LocalFiles.class);
    org.apache.hadoop.fs.Path sub = new org.apache.hadoop.fs.Path(dir.toUri().toString(), "a/b");
    assertThat(fs.mkdirs(sub)).isTrue();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b"))))
        .isEqualTo("rwxr-xr-x");
    try (FSDataOutputStream out = fs.create(new org.apache.hadoop.fs.Path(sub, "x.txt"))) {
      out.writeBytes("x");
    }
    fs.setPermission(new org.apache.hadoop.fs.Path(sub, "x.txt"), new FsPermission((short) 0640));
    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b/x.txt"))))
        .isEqualTo("rw-r-----");
    assertThat(Files.readString(dir.resolve("a/b/x.txt"))).isEqualTo("x");
    assertThat(Files.exists(dir.resolve("a/b/.x.txt.crc")))
        .as("checksums as Hadoop writes them")
        .isTrue();
  }
}
