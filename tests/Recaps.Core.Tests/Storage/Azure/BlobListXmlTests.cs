using System.Text;
using Recaps.Core.Storage.Azure;

namespace Recaps.Core.Tests.Storage.Azure;

public sealed class BlobListXmlTests
{
    [Fact]
    public void Parse_TwoBlobsAndNextMarker_ReadsPropertiesAndMetadata()
    {
        const string xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <EnumerationResults ServiceEndpoint="http://127.0.0.1:10000/devstoreaccount1" ContainerName="recaps">
              <Prefix>2026/</Prefix><MaxResults>2</MaxResults>
              <Blobs>
                <Blob>
                  <Name>2026/hang seng 恒生.txt</Name>
                  <Properties>
                    <Creation-Time>Thu, 01 Jan 2026 08:00:00 GMT</Creation-Time>
                    <Last-Modified>Fri, 02 Jan 2026 09:30:00 GMT</Last-Modified>
                    <Etag>0x8DCAFE</Etag>
                    <Content-Length>1234</Content-Length>
                    <Content-Type>text/plain; charset=utf-8</Content-Type>
                    <BlobType>BlockBlob</BlobType>
                  </Properties>
                  <Metadata><Source>upload</Source><received>2026-01-01</received></Metadata>
                </Blob>
                <Blob>
                  <Name Encoded="true">2026/odd%01name</Name>
                  <Properties><Last-Modified>Fri, 02 Jan 2026 09:30:00 GMT</Last-Modified><Etag>"0x1"</Etag><Content-Length>0</Content-Length><Content-Type /></Properties>
                </Blob>
              </Blobs>
              <NextMarker>2!16!marker</NextMarker>
            </EnumerationResults>
            """;

        var page = BlobListXml.Parse(new MemoryStream(Encoding.UTF8.GetBytes(xml)));

        Assert.Equal("2!16!marker", page.ContinuationToken);
        Assert.Equal(2, page.Items.Count);
        var first = page.Items[0];
        Assert.Equal("2026/hang seng 恒生.txt", first.Name);
        Assert.Equal("\"0x8DCAFE\"", first.ETag);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero), first.CreatedOn);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 9, 30, 0, TimeSpan.Zero), first.LastModified);
        Assert.Equal(1234, first.ContentLength);
        Assert.Equal("text/plain; charset=utf-8", first.ContentType);
        Assert.Equal("upload", first.Metadata["source"]);
        Assert.Equal("2026-01-01", first.Metadata["Received"]);
        var second = page.Items[1];
        Assert.Equal("2026/odd\u0001name", second.Name);
        Assert.Equal("\"0x1\"", second.ETag);
        Assert.Null(second.ContentType);
        Assert.Null(second.CreatedOn);
        Assert.Empty(second.Metadata);
    }

    [Fact]
    public void Parse_LastPage_HasNoContinuation()
    {
        const string xml = "<EnumerationResults><Blobs /><NextMarker /></EnumerationResults>";

        var page = BlobListXml.Parse(new MemoryStream(Encoding.UTF8.GetBytes(xml)));

        Assert.Empty(page.Items);
        Assert.Null(page.ContinuationToken);
    }
}
